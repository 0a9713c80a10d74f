import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { lazyPage } from './components/lazy-page';
import { LoadingBlock } from './components/loading-block';
import { armouryRoutes } from './features/armoury/routes';
import { assessmentsRoutes } from './features/assessments/routes';
import { RequireSession } from './features/auth/require-session';
import { loadFeatureTexts } from './i18n/i18n';
import { hazardRoutes } from './features/hazard/routes';
import { incidentsRoutes } from './features/incidents/routes';
import { registryRoutes } from './features/registry/routes';
import { tracingRoutes } from './features/tracing/routes';
import { SignInRoute } from './routes/sign-in-route';

// The signed-in frame and every screen load after sign-in; the sign-in page is all the first visit fetches.
const AppLayout = lazyPage(async () => {
  const [layout] = await Promise.all([import('./components/app-layout'), loadFeatureTexts()]);
  return layout;
}, 'AppLayout');
const NotFoundRoute = lazyPage(() => import('./routes/not-found-route'), 'NotFoundRoute');
const SetPasswordRoute = lazyPage(() => import('./routes/set-password-route'), 'SetPasswordRoute');
const AccountSecurityRoute = lazyPage(
  () => import('./routes/account-security-route'),
  'AccountSecurityRoute',
);
const ApiTokensRoute = lazyPage(() => import('./routes/api-tokens-route'), 'ApiTokensRoute');
const AuditRoute = lazyPage(() => import('./routes/audit-route'), 'AuditRoute');
const DashboardRoute = lazyPage(() => import('./routes/dashboard-route'), 'DashboardRoute');
const OrganisationRoute = lazyPage(() => import('./routes/organisation-route'), 'OrganisationRoute');
const OrganisationsRoute = lazyPage(() => import('./routes/organisations-route'), 'OrganisationsRoute');
const UsersRoute = lazyPage(() => import('./routes/users-route'), 'UsersRoute');
/** Every screen's URL. Dashboard tiles link to these paths, so they are part of the API's contract too. */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInRoute /> },
    {
      path: '/set-password',
      element: (
        <Suspense fallback={<LoadingBlock />}>
          <SetPasswordRoute />
        </Suspense>
      ),
    },
    {
      element: <RequireSession />,
      children: [
        {
          element: (
            <Suspense fallback={<LoadingBlock />}>
              <AppLayout />
            </Suspense>
          ),
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
