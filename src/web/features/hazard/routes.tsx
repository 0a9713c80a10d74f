import type { RouteObject } from 'react-router';

/** The hazard screens, mounted inside the signed-in layout by app-router.tsx. */
export const hazardRoutes: RouteObject[] = [];
