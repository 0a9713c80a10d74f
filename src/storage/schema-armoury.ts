/** Tables of the armoury-operations capability (migration 0006-armoury). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ArmouryTables {}
