import type { RouteObject } from 'react-router';
import { ArmouryLayout } from './armoury-page';
import { BoardPage } from './board-page';
import { ClientsPage } from './clients-page';
import { CountSessionPage, CountsPage } from './counts-pages';
import { IssueDeskPage } from './issue-desk-page';
import { MaintenancePage } from './maintenance-page';
import { PersonnelDetailPage, PersonnelListPage } from './personnel-pages';
import { ReturnDeskPage } from './return-desk-page';

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
