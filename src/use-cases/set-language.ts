import type { Language } from '../contracts/common';
import { updateUser } from '../storage/user-store';
import type { SessionAuth } from './authenticate';
import type { Context } from './context';

/** The language is remembered per user, so it follows them to another device. */
export async function setLanguage(ctx: Context, auth: SessionAuth, language: Language): Promise<void> {
  await updateUser(ctx.database.db, auth.user.id, { language, updated_at: ctx.now() });
}
