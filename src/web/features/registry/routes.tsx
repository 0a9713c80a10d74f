import { Navigate, useParams, type RouteObject } from 'react-router';
import { AmmunitionPage } from './ammunition-page';
import { FacilitiesPage } from './facilities-page';
import { FacilityPage } from './facility-page';
import { FirearmPage } from './firearm-page';
import { FirearmsPage } from './firearms-page';
import { ImportPage } from './import-page';
import { IntegrityPage } from './integrity-page';
import { LotPage } from './lot-page';
import { RegistryLayout } from './registry-layout';

function FirearmRoute() {
  const { id = '' } = useParams();
  return <FirearmPage key={id} id={id} />;
}
function LotRoute() {
  const { id = '' } = useParams();
  return <LotPage key={id} id={id} />;
}
function FacilityRoute() {
  const { id = '' } = useParams();
  return <FacilityPage key={id} id={id} />;
}

/** The registry screens, mounted inside the signed-in layout by app-router.tsx. */
export const registryRoutes: RouteObject[] = [
  {
    path: 'registry',
    element: <RegistryLayout />,
    children: [
      { index: true, element: <Navigate to="firearms" replace /> },
      { path: 'firearms', element: <FirearmsPage /> },
      { path: 'firearms/:id', element: <FirearmRoute /> },
      { path: 'ammunition', element: <AmmunitionPage /> },
      { path: 'ammunition/:id', element: <LotRoute /> },
      { path: 'facilities', element: <FacilitiesPage /> },
      { path: 'facilities/:id', element: <FacilityRoute /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'integrity', element: <IntegrityPage /> },
    ],
  },
];
