import { z } from 'zod';
import { Id, IsoInstant } from './common';

/**
 * Lost and stolen firearms, as the fields an INTERPOL iARMS record needs (issue 6): manufacturer,
 * model, type, calibre, serial, country of manufacture, date and place of loss, status and the
 * national reference (the incident reference), with the reporting organisation and country.
 * The CSV export has one column per field below, named as here, in this order.
 */
export const LOST_STOLEN_FIELDS = [
  'nationalReference',
  'status',
  'serialNumber',
  'manufacturer',
  'model',
  'type',
  'calibre',
  'countryOfManufacture',
  'dateOfLoss',
  'discoveredAt',
  'placeOfLoss',
  'policeReference',
  'reportingOrganisation',
  'reportingOrganisationCode',
  'reportingCountry',
  'registryId',
] as const;

export const LostStolenQuery = z.object({
  format: z.enum(['csv', 'json']).default('json').describe('csv (RFC 4180, header row) or json'),
});
export type LostStolenQuery = z.infer<typeof LostStolenQuery>;

export const LostStolenFirearm = z.object({
  nationalReference: z
    .string()
    .nullable()
    .describe('the incident reference of the latest loss or theft report; null when none was recorded'),
  status: z.enum(['lost', 'stolen']),
  serialNumber: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  type: z.string().describe('firearm type code of the registry, e.g. pistol, revolver, rifle'),
  calibre: z.string(),
  countryOfManufacture: z.string().describe('ISO 3166-1 alpha-2'),
  dateOfLoss: IsoInstant.nullable().describe('when it happened, or when it was discovered if unknown'),
  discoveredAt: IsoInstant.nullable(),
  placeOfLoss: z.string().nullable(),
  policeReference: z.string().nullable(),
  reportingOrganisation: z.string(),
  reportingOrganisationCode: z.string(),
  reportingCountry: z.string().describe('ISO 3166-1 alpha-2'),
  registryId: Id.describe('the firearm in the national registry'),
  organisationId: Id.describe('the company that holds the weapon in its book'),
});
export type LostStolenFirearm = z.infer<typeof LostStolenFirearm>;

export const LostStolenFirearmList = z.object({
  items: z.array(LostStolenFirearm),
  total: z.number().int(),
  generatedAt: IsoInstant,
});
export type LostStolenFirearmList = z.infer<typeof LostStolenFirearmList>;
