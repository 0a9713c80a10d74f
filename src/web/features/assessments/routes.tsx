import type { RouteObject } from 'react-router';

/** The assessments screens, mounted inside the signed-in layout by app-router.tsx. */
export const assessmentsRoutes: RouteObject[] = [];
