import type { RouteObject } from 'react-router';

/** The registry screens, mounted inside the signed-in layout by app-router.tsx. */
export const registryRoutes: RouteObject[] = [];
