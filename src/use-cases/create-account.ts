import type { Language } from '../contracts/common';
import { checkPassword } from '../core/auth/password-policy';
import { findDisallowedRoles, type OrganisationKind, type Role } from '../core/access/roles';
import { isUniqueViolation } from '../storage/database';
import { findOrganisationByCode } from '../storage/organisation-store';
import { insertUser } from '../storage/user-store';
import { AppError } from './app-error';
import type { Context } from './context';
import { NO_REQUEST } from './context';
import { hashPassword } from './password-hashing';
import { recordAuditEvent } from './record-audit-event';

export interface CreateAccountInput {
  readonly organisationCode: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly password: string;
  readonly language: Language;
}

/**
 * An operator at the server's console creates an active account with a password (the first
 * administrator of a new instance, or a recovery). The same rules as the web app apply.
 */
export async function createAccount(ctx: Context, input: CreateAccountInput): Promise<{ id: string }> {
  const problem = checkPassword(input.password, { email: input.email, displayName: input.displayName });
  if (problem)
    throw new AppError('WEAK_PASSWORD', `the password is not acceptable (${problem.code})`, problem);
  const passwordHash = await hashPassword(input.password);
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await findOrganisationByCode(trx, input.organisationCode);
    if (!organisation)
      throw new AppError('NOT_FOUND', `no organisation has the code ${input.organisationCode}`);
    const disallowed = findDisallowedRoles(organisation.kind as OrganisationKind, input.roles);
    if (disallowed.length > 0) {
      throw new AppError(
        'ROLE_NOT_ALLOWED',
        `a ${organisation.kind} cannot have the role ${disallowed.join(', ')}`,
      );
    }
    const id = ctx.newId();
    const at = ctx.now();
    try {
      await insertUser(
        trx,
        {
          id,
          organisation_id: organisation.id,
          email: input.email,
          display_name: input.displayName,
          password_hash: passwordHash,
          language: input.language,
          status: 'active',
          totp_secret: null,
          totp_enabled: 0,
          totp_last_step: null,
          created_at: at,
          updated_at: at,
        },
        [...new Set(input.roles)],
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', `an account with ${input.email} already exists`);
      throw error;
    }
    await recordAuditEvent(ctx, trx, NO_REQUEST, {
      type: 'user-created',
      organisationId: organisation.id,
      actorUserId: null,
      subjectUserId: id,
      details: { email: input.email, roles: input.roles, via: 'cli' },
    });
    return { id };
  });
}
