import { useParams, type RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const ClockSettingsPage = lazyPage(() => import('./clock-settings-page'), 'ClockSettingsPage');
const DiscrepanciesPage = lazyPage(() => import('./discrepancies-page'), 'DiscrepanciesPage');
const IncidentFormPage = lazyPage(() => import('./incident-form-page'), 'IncidentFormPage');
const IncidentPage = lazyPage(() => import('./incident-page'), 'IncidentPage');
const IncidentsHomePage = lazyPage(() => import('./incidents-home-page'), 'IncidentsHomePage');
const IncidentsLayout = lazyPage(() => import('./incidents-layout'), 'IncidentsLayout');

function IncidentRoute() {
  const { organisationId = '', incidentId = '' } = useParams();
  return <IncidentPage key={incidentId} organisationId={organisationId} incidentId={incidentId} />;
}

/** The incident screens, mounted inside the signed-in layout by app-router.tsx. */
export const incidentsRoutes: RouteObject[] = [
  {
    path: 'incidents',
    element: <IncidentsLayout />,
    children: [
      { index: true, element: <IncidentsHomePage /> },
      { path: 'new', element: <IncidentFormPage /> },
      { path: 'discrepancies', element: <DiscrepanciesPage /> },
      { path: 'settings', element: <ClockSettingsPage /> },
      { path: ':organisationId/:incidentId', element: <IncidentRoute /> },
    ],
  },
];
