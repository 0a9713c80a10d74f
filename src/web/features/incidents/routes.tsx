import { useParams, type RouteObject } from 'react-router';
import { ClockSettingsPage } from './clock-settings-page';
import { DiscrepanciesPage } from './discrepancies-page';
import { IncidentFormPage } from './incident-form-page';
import { IncidentPage } from './incident-page';
import { IncidentsHomePage } from './incidents-home-page';
import { IncidentsLayout } from './incidents-layout';

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
