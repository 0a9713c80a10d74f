import { z } from 'zod';
import { Id, IsoInstant, Language } from './common';
import { Email, Role } from './auth';

export const UserStatus = z.enum(['active', 'invited', 'deactivated']);

export const User = z.object({
  id: Id,
  organisationId: Id,
  email: z.string(),
  displayName: z.string(),
  language: Language,
  status: UserStatus,
  roles: z.array(Role),
  totpEnabled: z.boolean(),
  createdAt: IsoInstant,
});
export type User = z.infer<typeof User>;

export const CreateUserRequest = z.object({
  organisationId: Id,
  email: Email,
  displayName: z.string().trim().min(2).max(200),
  language: Language.default('es'),
  roles: z.array(Role).min(1).max(7),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

/** An invitation or reset link: shown once to the administrator and printed in the server log. */
export const OneTimeLink = z.object({ url: z.string(), expiresAt: IsoInstant });

export const CreateUserResponse = z.object({ user: User, invitation: OneTimeLink });

export const SetRolesRequest = z.object({ roles: z.array(Role).min(1).max(7) });

export const ListUsersQuery = z.object({ organisationId: Id.optional() });
export const UserList = z.object({ items: z.array(User) });
