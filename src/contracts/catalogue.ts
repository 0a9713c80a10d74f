import { z } from 'zod';
import { FIREARM_TYPES } from '../core/registry/firearm-types';
import { CountryCode, Id } from './common';

// Wire shapes of the reference catalogue (forms pick from it) and of transfer recipients.

export const CALIBRE_CATEGORIES = ['handgun', 'shotgun', 'rifle'] as const;

const Name = z.string().trim().min(1).max(120);
const Aliases = z.array(z.string().trim().min(1).max(120)).max(30).default([]);

export const CatalogueManufacturer = z.object({
  id: z.string(),
  name: z.string(),
  countryCode: z.string().nullable(),
  aliases: z.array(z.string()),
});
export const CatalogueCalibre = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  aliases: z.array(z.string()),
});
export const CatalogueModel = z.object({
  id: z.string(),
  manufacturerId: z.string(),
  name: z.string(),
  type: z.string(),
  calibreId: z.string().nullable(),
});
export const Catalogue = z.object({
  manufacturers: z.array(CatalogueManufacturer),
  calibres: z.array(CatalogueCalibre),
  models: z.array(CatalogueModel),
});

export const AddManufacturerRequest = z.object({
  name: Name,
  countryCode: CountryCode.nullable().default(null),
  aliases: Aliases,
});
export const AddCalibreRequest = z.object({
  name: Name,
  category: z.enum(CALIBRE_CATEGORIES),
  aliases: Aliases,
});
export const AddModelRequest = z.object({
  manufacturerId: z.string().min(1).max(80),
  name: Name,
  type: z.enum(FIREARM_TYPES),
  calibreId: z.string().min(1).max(80).nullable().default(null),
});

export const TransferRecipientsQuery = z.object({ organisationId: Id.optional() });
export const TransferRecipients = z.object({
  items: z.array(z.object({ id: Id, code: z.string(), name: z.string(), countryCode: z.string() })),
});
