/** Firearm types of the registry (mapped to UN small-arms categories in the registry's reference data). */
export const FIREARM_TYPE_CODES = [
  'revolver',
  'pistol',
  'rifle',
  'carbine',
  'shotgun',
  'submachine-gun',
  'assault-rifle',
  'light-machine-gun',
  'other',
] as const;
export type FirearmTypeCode = (typeof FIREARM_TYPE_CODES)[number];
