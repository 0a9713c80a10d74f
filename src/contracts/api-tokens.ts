import { z } from 'zod';
import { Id, IsoInstant } from './common';
import { Role } from './auth';

export const ApiToken = z.object({
  id: Id,
  organisationId: Id,
  name: z.string(),
  roles: z.array(Role),
  createdAt: IsoInstant,
  lastUsedAt: IsoInstant.nullable(),
  revokedAt: IsoInstant.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenRequest = z.object({
  organisationId: Id,
  name: z.string().trim().min(2).max(100),
  roles: z.array(Role).min(1).max(7),
});
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequest>;

/** The secret is shown once; only its hash is stored. */
export const CreateApiTokenResponse = z.object({ token: ApiToken, secret: z.string() });
export const ApiTokenList = z.object({ items: z.array(ApiToken) });
