import { z } from 'zod';
import { Id, IsoInstant } from './common';
import { Role } from './auth';

export const ApiToken = z.object({
  id: Id,
  organisationId: Id,
  name: z.string(),
  /** The roles it was given; it acts only with those its creator still holds. */
  roles: z.array(Role),
  createdBy: z.object({ id: Id, name: z.string().nullable() }).nullable(),
  createdAt: IsoInstant,
  lastUsedAt: IsoInstant.nullable(),
  expiresAt: IsoInstant.nullable(),
  revokedAt: IsoInstant.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenRequest = z.object({
  organisationId: Id,
  name: z.string().trim().min(2).max(100),
  roles: z.array(Role).min(1).max(7),
  /** Shorter than the instance's API_TOKEN_VALID_DAYS if wanted; never longer. */
  validDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequest>;

/** The secret is shown once; only its hash is stored. */
export const CreateApiTokenResponse = z.object({ token: ApiToken, secret: z.string() });
export const ApiTokenList = z.object({ items: z.array(ApiToken) });
