import type { RouteObject } from 'react-router';
import { useParams } from 'react-router';
import { RequireNav } from '../../components/require-nav';
import { lazyPage } from '../../components/lazy-page';

const FacilityHazardPage = lazyPage(() => import('./facility-hazard-page'), 'FacilityHazardPage');
const HazardOverviewPage = lazyPage(() => import('./hazard-overview-page'), 'HazardOverviewPage');

function FacilityHazardRoute() {
  const { id } = useParams();
  return (
    <RequireNav id="hazard">
      <FacilityHazardPage key={id} id={id ?? ''} />
    </RequireNav>
  );
}

/** The hazard screens, mounted inside the signed-in layout by app-router.tsx. */
export const hazardRoutes: RouteObject[] = [
  {
    path: 'hazard',
    element: (
      <RequireNav id="hazard">
        <HazardOverviewPage />
      </RequireNav>
    ),
  },
  { path: 'hazard/facilities/:id', element: <FacilityHazardRoute /> },
];
