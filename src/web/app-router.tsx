import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/app-layout';
import { armouryRoutes } from './features/armoury/routes';
import { assessmentsRoutes } from './features/assessments/routes';
import { RequireSession } from './features/auth/require-session';
import { hazardRoutes } from './features/hazard/routes';
import { incidentsRoutes } from './features/incidents/routes';
import { registryRoutes } from './features/registry/routes';
import { tracingRoutes } from './features/tracing/routes';
import { AccountSecurityRoute } from './routes/account-security-route';
import { ApiTokensRoute } from './routes/api-tokens-route';
import { AuditRoute } from './routes/audit-route';
import { DashboardRoute } from './routes/dashboard-route';
import { NotFoundRoute } from './routes/not-found-route';
import { OrganisationRoute } from './routes/organisation-route';
import { OrganisationsRoute } from './routes/organisations-route';
import { SetPasswordRoute } from './routes/set-password-route';
import { SignInRoute } from './routes/sign-in-route';
import { UsersRoute } from './routes/users-route';

/** Every screen's URL. Dashboard tiles link to these paths, so they are part of the API's contract too. */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInRoute /> },
    { path: '/set-password', element: <SetPasswordRoute /> },
    {
      element: <RequireSession />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <DashboardRoute /> },
            { path: 'admin/organisations', element: <OrganisationsRoute /> },
            { path: 'admin/organisations/:id', element: <OrganisationRoute /> },
            { path: 'admin/users', element: <UsersRoute /> },
            { path: 'audit', element: <AuditRoute /> },
            { path: 'api-tokens', element: <ApiTokensRoute /> },
            { path: 'account/security', element: <AccountSecurityRoute /> },
            ...registryRoutes,
            ...tracingRoutes,
            ...hazardRoutes,
            ...assessmentsRoutes,
            ...armouryRoutes,
            ...incidentsRoutes,
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
