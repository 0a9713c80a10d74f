import type { RouteObject } from 'react-router';

/** The armoury screens, mounted inside the signed-in layout by app-router.tsx. */
export const armouryRoutes: RouteObject[] = [];
