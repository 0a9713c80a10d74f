import { z } from 'zod';
import { CountryCode, Id, IsoInstant } from './common';
import { OrganisationKind } from './auth';

export const Organisation = z.object({
  id: Id,
  kind: OrganisationKind,
  code: z.string(),
  name: z.string(),
  countryCode: z.string(),
  licensedById: Id.nullable(),
  requiresTotp: z.boolean(),
  createdAt: IsoInstant,
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, '2–32 capitals, digits or hyphens, e.g. PSC-LIMA-01');

export const CreateOrganisationRequest = z.object({
  kind: OrganisationKind,
  code: OrganisationCode,
  name: z.string().trim().min(2).max(200),
  countryCode: CountryCode,
  licensedById: Id.nullable().default(null),
});
export type CreateOrganisationRequest = z.infer<typeof CreateOrganisationRequest>;

export const UpdateOrganisationSettingsRequest = z.object({ requiresTotp: z.boolean() });

export const ListOrganisationsQuery = z.object({ kind: OrganisationKind.optional() });

export const OrganisationList = z.object({ items: z.array(Organisation) });
