import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const ArmouryLayout = lazyPage(() => import('./armoury-page'), 'ArmouryLayout');
const BoardPage = lazyPage(() => import('./board-page'), 'BoardPage');
const ClientsPage = lazyPage(() => import('./clients-page'), 'ClientsPage');
const CountSessionPage = lazyPage(() => import('./counts-pages'), 'CountSessionPage');
const CountsPage = lazyPage(() => import('./counts-pages'), 'CountsPage');
const IssueDeskPage = lazyPage(() => import('./issue-desk-page'), 'IssueDeskPage');
const MaintenancePage = lazyPage(() => import('./maintenance-page'), 'MaintenancePage');
const PersonnelDetailPage = lazyPage(() => import('./personnel-pages'), 'PersonnelDetailPage');
const PersonnelListPage = lazyPage(() => import('./personnel-pages'), 'PersonnelListPage');
const ReturnDeskPage = lazyPage(() => import('./return-desk-page'), 'ReturnDeskPage');

/** The armoury screens, mounted inside the signed-in layout by app-router.tsx. */
export const armouryRoutes: RouteObject[] = [
  {
    path: 'armoury',
    element: <ArmouryLayout />,
    children: [
      { index: true, element: <IssueDeskPage /> },
      { path: 'returns', element: <ReturnDeskPage /> },
      { path: 'out', element: <BoardPage /> },
      { path: 'personnel', element: <PersonnelListPage /> },
      { path: 'personnel/:personnelId', element: <PersonnelDetailPage /> },
      { path: 'clients', element: <ClientsPage /> },
      { path: 'counts', element: <CountsPage /> },
      { path: 'counts/:countId', element: <CountSessionPage /> },
      { path: 'maintenance', element: <MaintenancePage /> },
    ],
  },
];
