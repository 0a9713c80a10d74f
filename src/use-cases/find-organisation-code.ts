import { findOrganisationByCode } from '../storage/organisation-store';
import { AppError } from './app-error';
import type { Context } from './context';

/** The id of an organisation named by its code (CLI arguments). */
export async function findOrganisationCode(ctx: Context, code: string): Promise<string> {
  const row = await findOrganisationByCode(ctx.database.db, code);
  if (!row) throw new AppError('NOT_FOUND', `no organisation has the code ${code}`);
  return row.id;
}
