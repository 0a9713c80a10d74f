import { Navigate, useParams, type RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const AmmunitionPage = lazyPage(() => import('./ammunition-page'), 'AmmunitionPage');
const FacilitiesPage = lazyPage(() => import('./facilities-page'), 'FacilitiesPage');
const FacilityPage = lazyPage(() => import('./facility-page'), 'FacilityPage');
const FirearmPage = lazyPage(() => import('./firearm-page'), 'FirearmPage');
const FirearmsPage = lazyPage(() => import('./firearms-page'), 'FirearmsPage');
const ImportPage = lazyPage(() => import('./import-page'), 'ImportPage');
const IntegrityPage = lazyPage(() => import('./integrity-page'), 'IntegrityPage');
const LotPage = lazyPage(() => import('./lot-page'), 'LotPage');
const RegistryLayout = lazyPage(() => import('./registry-layout'), 'RegistryLayout');

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
