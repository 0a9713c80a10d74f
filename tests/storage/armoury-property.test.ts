import { ERROR_STATUS } from '../../src/contracts/error-codes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/access/actor';
import { AppError } from '../../src/use-cases/app-error';
import {
  recordCount,
  resolveCountDiscrepancy,
  startCount,
  submitCount,
} from '../../src/use-cases/armoury/count-sessions';
import { issueFirearm } from '../../src/use-cases/armoury/issue-firearm';
import { returnFirearm } from '../../src/use-cases/armoury/return-firearm';
import { consumeAmmunition } from '../../src/use-cases/registry/ammunition-operations';
import type { Dialect } from '../../src/storage/database';
import { createContext, DEFAULT_SECURITY_SETTINGS, type Context } from '../../src/use-cases/context';
import { seedDemo } from '../../src/use-cases/seed-demo';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../support/test-database';
import { createTestClock, silentLog } from '../support/test-app';

type Command =
  | { kind: 'issue'; weapon: number; guard: number; rounds: number }
  | { kind: 'return'; weapon: number; keep: number; reason: 'training' | 'discharge-in-service' }
  | { kind: 'count'; counted: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('issue' as const),
      weapon: fc.nat(4),
      guard: fc.nat(2),
      rounds: fc.integer({ min: 1, max: 30 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('return' as const),
      weapon: fc.nat(4),
      keep: fc.nat(6),
      reason: fc.constantFrom('training' as const, 'discharge-in-service' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('count' as const), counted: fc.nat(60) }) },
);

/** One run's world: a fresh copy of the seeded database, so every run (and every shrink) starts alike. */
interface World {
  readonly ctx: Context;
  readonly testDatabase: TestDatabase;
  readonly actor: Actor;
  readonly organisationId: string;
  readonly facilityId: string;
  readonly lotId: string;
  readonly weapons: string[];
  readonly guards: string[];
}

async function freshWorld(dialect: Dialect): Promise<World> {
  const testDatabase = await createTestDatabase(dialect, { seeded: true });
  const ctx = createContext(
    testDatabase.database,
    DEFAULT_SECURITY_SETTINGS,
    silentLog,
    createTestClock().now,
  );
  if (!testDatabase.seeded) await seedDemo(ctx);
  const db = ctx.database.db;
  const org = await db
    .selectFrom('organisation')
    .select('id')
    .where('code', '=', 'PSC-ANDINA')
    .executeTakeFirstOrThrow();
  const organisationId = org.id;
  const actor = {
    userId: null,
    apiTokenId: 'property',
    organisationId,
    organisationKind: 'psc',
    countryCode: 'PE',
    roles: ['psc-manager'],
  } as unknown as Actor;
  const facilityId = (
    await db
      .selectFrom('facility')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow()
  ).id;
  const lotId = (
    await db
      .selectFrom('ammunition_lot')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow()
  ).id;
  // Few rounds left, so that issues really compete for them.
  await consumeAmmunition(ctx, actor, lotId, {
    idempotencyKey: 'property-consume',
    facilityId,
    rounds: 2340,
    reason: 'training',
    note: null,
  });
  const weapons = (
    await db
      .selectFrom('firearm')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('type', 'in', ['revolver', 'pistol'])
      .orderBy('serial')
      .execute()
  ).map((r) => r.id);
  const guards = (
    await db
      .selectFrom('personnel')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('full_name', 'in', ['Ana Gutiérrez León', 'Lucía Flores Vargas', 'María Huamán Torres'])
      .execute()
  ).map((r) => r.id);
  return { ctx, testDatabase, actor, organisationId, facilityId, lotId, weapons, guards };
}

describe.each(TEST_DIALECTS)('armoury invariants under random interleavings (%s)', (dialect) => {
  let serial = 0;
  let runs = 0;
  const succeeded = { issue: 0, return: 0, count: 0 };

  async function run(w: World, c: Command): Promise<void> {
    const { ctx, actor, organisationId, facilityId, lotId, weapons, guards } = w;
    const key = `prop-${++serial}`;
    const weaponId = weapons[c.kind === 'count' ? 0 : c.weapon % weapons.length]!;
    try {
      if (c.kind === 'issue') {
        const isRevolver =
          (
            await ctx.database.db
              .selectFrom('firearm')
              .select('type')
              .where('id', '=', weaponId)
              .executeTakeFirstOrThrow()
          ).type === 'revolver';
        await issueFirearm(ctx, actor, organisationId, {
          idempotencyKey: key,
          facilityId,
          personnelId: guards[c.guard % guards.length]!,
          firearmId: weaponId,
          postId: null,
          shift: null,
          ammunition: isRevolver ? { lotId, rounds: c.rounds } : null,
          expectedReturnAt: null,
          extendedAssignment: null,
          override: null,
        });
      } else if (c.kind === 'return') {
        const out = await ctx.database.db
          .selectFrom('armoury_issue')
          .select('rounds_issued')
          .where('firearm_id', '=', weaponId)
          .where('status', '=', 'out')
          .executeTakeFirst();
        const issued = out ? Number(out.rounds_issued) : 0;
        const back = Math.max(0, issued - c.keep);
        await returnFirearm(ctx, actor, organisationId, {
          idempotencyKey: key,
          firearmId: weaponId,
          facilityId,
          roundsReturned: back,
          shortfallReason: back < issued ? c.reason : null,
          note: null,
          condition: 'serviceable',
        });
      } else {
        const count = await startCount(ctx, actor, organisationId, {
          facilityId,
          kind: 'full',
          trigger: 'ad-hoc',
          isBlind: true,
          secondCounterName: null,
        });
        await recordCount(ctx, actor, organisationId, count.id, {
          scannedCodes: [],
          lots: [{ lotId, rounds: c.counted }],
          weaponsCounted: null,
        });
        const submitted = await submitCount(ctx, actor, organisationId, count.id);
        for (const d of submitted.discrepancies.filter((x) => x.kind === 'ammunition-variance'))
          await resolveCountDiscrepancy(ctx, actor, organisationId, count.id, d.id, {
            resolution: 'recorded-error',
            note: 'property',
          });
      }
      succeeded[c.kind]++;
    } catch (error) {
      // Refusals are expected outcomes (a 409 code of their own, or a rejected input); anything else is a failure.
      if (
        !(error instanceof AppError) ||
        !(ERROR_STATUS[error.code] === 409 || error.code === 'VALIDATION_FAILED')
      )
        throw error;
    }
  }

  async function invariants(w: World): Promise<void> {
    const { lotId, facilityId, organisationId, weapons } = w;
    const db = w.ctx.database.db;
    const stock = await db
      .selectFrom('ammunition_stock')
      .select('rounds')
      .where('lot_id', '=', lotId)
      .where('facility_id', '=', facilityId)
      .executeTakeFirstOrThrow();
    expect(Number(stock.rounds)).toBeGreaterThanOrEqual(0);
    const out = await db
      .selectFrom('armoury_issue')
      .select(['firearm_id', 'rounds_issued'])
      .where('organisation_id', '=', organisationId)
      .where('status', '=', 'out')
      .execute();
    const outIds = out.map((o) => o.firearm_id);
    expect(new Set(outIds).size).toBe(outIds.length); // never out to two guards at once
    const firearms = await db
      .selectFrom('firearm')
      .select(['id', 'status', 'facility_id'])
      .where('id', 'in', weapons)
      .execute();
    for (const f of firearms) {
      // Either on the rack or with exactly one guard: never both, never neither.
      expect(f.status === 'issued').toBe(outIds.includes(f.id));
      expect(f.facility_id).toBe(facilityId);
    }
  }

  it('never lets rounds go negative or a weapon be in two places, whatever the order of issues, returns and counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(command, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        async (batches) => {
          const world = await freshWorld(dialect);
          runs++;
          try {
            // Each batch runs concurrently: the interleaving is the database's to decide.
            for (const batch of batches) {
              await Promise.all(batch.map((c) => run(world, c)));
              await invariants(world);
            }
          } finally {
            await world.testDatabase.cleanup();
          }
        },
      ),
      { seed: 20261129, numRuns: 25 },
    );
    expect(runs).toBeGreaterThanOrEqual(25);
    // The property was exercised, not vacuously refused.
    expect(Math.min(succeeded.issue, succeeded.return, succeeded.count)).toBeGreaterThan(3);
  });
});
