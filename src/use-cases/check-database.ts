import { pingDatabase } from '../storage/database';
import type { Context } from './context';

export async function checkDatabase(ctx: Context): Promise<void> {
  await pingDatabase(ctx.database);
}
