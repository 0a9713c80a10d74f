import { z } from 'zod';

/** A dashboard is a list of tiles chosen by role; the web app translates each tile's key. */
export const DashboardTile = z.object({
  key: z.string(),
  value: z.number().int(),
  link: z.string().nullable(),
});
export const DashboardResponse = z.object({
  role: z.string(),
  tiles: z.array(DashboardTile),
});
export type DashboardResponse = z.infer<typeof DashboardResponse>;

export const HealthResponse = z.object({ status: z.literal('ok') });
