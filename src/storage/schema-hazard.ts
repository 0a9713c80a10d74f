/** Tables of the hazard-signs capability (migration 0003-hazard). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HazardTables {}
