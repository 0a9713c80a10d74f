import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/use-cases/ledger/verify-ledger';
import { rebuildRegistry } from '../../src/use-cases/ledger/rebuild-registry';
import { TEST_DIALECTS } from '../support/test-database';
import { bundleChild, runTogether } from '../support/child-bundle';
import { as, createTestApp, type TestApp } from '../support/test-app';
import { armouryFixture, call, key, person, post, revolvers, type ArmouryFixture } from './armoury-fixtures';

describe.each(TEST_DIALECTS)('issue and return over the API (%s)', (dialect) => {
  let t: TestApp;
  let f: ArmouryFixture;
  const base = () => `/api/v1/organisations/${f.organisationId}`;

  let issueChild: Awaited<ReturnType<typeof bundleChild>>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = await armouryFixture(t);
    issueChild = await bundleChild('tests/support/issue-child.ts');
  });
  afterAll(async () => {
    issueChild.remove();
    await t.close();
  });

  async function stock(): Promise<number> {
    const lot = (await call(t, f.armourer, 'GET', `/api/v1/ammunition-lots/${f.lotId}`)).json();
    return lot.stock.find((s: { facilityId: string }) => s.facilityId === f.facilityId).rounds;
  }
  async function statusOf(firearmId: string): Promise<string> {
    return (await call(t, f.armourer, 'GET', `/api/v1/firearms/${firearmId}`)).json().status;
  }
  function issueBody(firearmId: string, personnelId: string, extra: object = {}) {
    return {
      idempotencyKey: key('issue'),
      facilityId: f.facilityId,
      personnelId,
      firearmId,
      postId: post(f, 'Puerta principal').id,
      shift: '06:00–18:00',
      ammunition: { lotId: f.lotId, rounds: 12 },
      ...extra,
    };
  }

  it('issues a revolver and 12 rounds to a qualified guard, then takes it back with a discharge', async () => {
    const weapon = revolvers(f)[0]!;
    const guard = person(f, 'Juan Pérez Quispe');
    const before = await stock();
    const issued = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/issues`,
      issueBody(weapon.id, guard.id),
    );
    expect(issued.statusCode, issued.body).toBe(201);
    const body = issued.json();
    expect(body.issue.status).toBe('out');
    expect(body.issue.personnel.fullName).toBe('Juan Pérez Quispe');
    expect(body.issue.issuedByName).toBe('Arturo Armero');
    expect(body.issue.expectedReturnAt).toBe('2026-11-28T18:00:00.000Z');
    expect(body.entries.map((e: { kind: string }) => e.kind)).toEqual(['firearm-issued']);
    expect(await statusOf(weapon.id)).toBe('issued');
    expect(await stock()).toBe(before - 12);

    // The same weapon cannot go out twice.
    const again = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/issues`,
      issueBody(weapon.id, person(f, 'María Huamán Torres').id),
    );
    expect(again.statusCode).toBe(409);
    // The refusal says to whom the weapon is out and since when (issue 14, defect 12).
    expect(
      again.json().error.details.refusals.find((r: { code: string }) => r.code === 'WEAPON_NOT_IN_STORE'),
    ).toEqual({
      code: 'WEAPON_NOT_IN_STORE',
      isOverridable: false,
      details: { status: 'issued', heldBy: 'Juan Pérez Quispe', since: body.issue.issuedAt },
    });
    // The desk's check before issuing says the same.
    const checked = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/issue-checks`,
      issueBody(weapon.id, person(f, 'María Huamán Torres').id),
    );
    expect(checked.statusCode, checked.body).toBe(200);
    expect(
      checked.json().refusals.find((r: { code: string }) => r.code === 'WEAPON_NOT_IN_STORE').details,
    ).toEqual({ status: 'issued', heldBy: 'Juan Pérez Quispe', since: body.issue.issuedAt });

    // The board shows it; 13 hours later it is overdue.
    let board = (await call(t, f.regulator, 'GET', `${base()}/armoury/issues`)).json();
    expect(board.items.map((i: { id: string }) => i.id)).toContain(body.issue.id);
    expect(board.overdue).toBe(0);
    t.clock.advanceMinutes(13 * 60);
    f = await armouryFixture(t); // sessions expire after 12 h
    board = (await call(t, f.armourer, 'GET', `${base()}/armoury/issues?isOverdue=true`)).json();
    expect(board.items.map((i: { id: string; isOverdue: boolean }) => [i.id, i.isOverdue])).toEqual([
      [body.issue.id, true],
    ]);

    // Fewer rounds need a reason.
    const noReason = await call(t, f.armourer, 'POST', `${base()}/armoury/returns`, {
      idempotencyKey: key('ret'),
      firearmId: weapon.id,
      facilityId: f.facilityId,
      roundsReturned: 10,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].path).toBe('shortfallReason');

    const returned = await call(t, f.armourer, 'POST', `${base()}/armoury/returns`, {
      idempotencyKey: key('ret'),
      firearmId: weapon.id,
      facilityId: f.facilityId,
      roundsReturned: 10,
      shortfallReason: 'discharge-in-service',
      note: 'Two shots during an attempted robbery',
    });
    expect(returned.statusCode, returned.body).toBe(201);
    expect(returned.json().issue.status).toBe('returned');
    expect(returned.json().discrepancyId).not.toBeNull();
    expect(await statusOf(weapon.id)).toBe('in-store');
    expect(await stock()).toBe(before - 2);
    const discrepancies = (await call(t, f.manager, 'GET', `${base()}/armoury/discrepancies`)).json();
    expect(discrepancies.items[0]).toMatchObject({ kind: 'discharge', roundsMissing: 2, status: 'open' });

    // Both entries are on the ammunition lot's timeline, as well as on the weapon's.
    for (const subject of [f.lotId, weapon.id]) {
      const timeline = (await call(t, f.armourer, 'GET', `/api/v1/history/${subject}`)).json();
      const ids = timeline.items.map((e: { id: string }) => e.id);
      expect(ids, subject).toContain(body.entries[0].id);
      expect(ids, subject).toContain(returned.json().entry.id);
    }
  });

  it('refuses a guard with a lapsed licence; an armourer may not override, a manager may, and the regulator sees it', async () => {
    const weapon = revolvers(f)[1]!;
    const guard = person(f, 'Pedro Condori Ramos');
    const refused = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/issues`,
      issueBody(weapon.id, guard.id),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ISSUE_REFUSED');
    expect(refused.json().error.details).toMatchObject({
      isOverridable: true,
      refusals: [{ code: 'GUARD_LICENCE_LAPSED', isOverridable: true }],
    });
    const byArmourer = await call(t, f.armourer, 'POST', `${base()}/armoury/issues`, {
      ...issueBody(weapon.id, guard.id),
      override: { reason: 'Renewal filed' },
    });
    expect(byArmourer.statusCode).toBe(403);
    expect(byArmourer.json().error.code).toBe('OVERRIDE_NOT_PERMITTED');
    const byManager = await call(t, f.manager, 'POST', `${base()}/armoury/issues`, {
      ...issueBody(weapon.id, guard.id),
      override: { reason: 'Renewal filed on 2026-11-20; receipt seen' },
    });
    expect(byManager.statusCode, byManager.body).toBe(201);
    expect(byManager.json().entries.map((e: { kind: string }) => e.kind)).toEqual([
      'issue-override',
      'firearm-issued',
    ]);
    const overrides = (await call(t, f.regulator, 'GET', `${base()}/armoury/overrides`)).json();
    expect(overrides.items[0]).toMatchObject({
      refusals: ['GUARD_LICENCE_LAPSED'],
      reason: 'Renewal filed on 2026-11-20; receipt seen',
      authorisedByName: 'Gustavo Gerente',
      personnelName: 'Pedro Condori Ramos',
    });
    // Not about whereabouts: overridable. About whereabouts: never.
    const secondOut = await call(t, f.manager, 'POST', `${base()}/armoury/issues`, {
      ...issueBody(weapon.id, person(f, 'Juan Pérez Quispe').id),
      override: { reason: 'try' },
    });
    expect(secondOut.statusCode).toBe(409);
    expect(secondOut.json().error.details.isOverridable).toBe(false);
  });

  it('lists every reason at once: unarmed licence, not qualified, more rounds than the post allows', async () => {
    const weapon = revolvers(f)[2]!;
    const check = await call(t, f.armourer, 'POST', `${base()}/armoury/issue-checks`, {
      ...issueBody(weapon.id, person(f, 'Rosa Chávez Medina').id, {
        ammunition: { lotId: f.lotId, rounds: 40 },
      }),
      idempotencyKey: undefined,
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(
      check
        .json()
        .refusals.map((r: { code: string }) => r.code)
        .sort(),
    ).toEqual(['GUARD_LICENCE_UNARMED', 'GUARD_NOT_QUALIFIED', 'ROUNDS_ABOVE_MAXIMUM'].sort());
    expect(check.json().canIssue).toBe(false);
  });

  it('keeps the ledger verifiable, and a rebuild reproduces the weapon statuses and stock', async () => {
    const before = await t.ctx.database.db
      .selectFrom('firearm')
      .select(['id', 'status'])
      .orderBy('id')
      .execute();
    const stockBefore = await t.ctx.database.db
      .selectFrom('ammunition_stock')
      .selectAll()
      .orderBy('lot_id')
      .execute();
    expect((await verifyLedger(t.ctx.database)).ok).toBe(true);
    await rebuildRegistry(t.ctx.database);
    expect(
      await t.ctx.database.db.selectFrom('firearm').select(['id', 'status']).orderBy('id').execute(),
    ).toEqual(before);
    expect(
      await t.ctx.database.db.selectFrom('ammunition_stock').selectAll().orderBy('lot_id').execute(),
    ).toEqual(stockBefore);
    // A rebuild re-derives the timelines: issues and returns stay on their lot's.
    const lotTimeline = (await call(t, f.armourer, 'GET', `/api/v1/history/${f.lotId}`)).json();
    expect(lotTimeline.items.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['firearm-issued', 'firearm-returned']),
    );
  });

  it('answers a retried issue or return (same idempotency key) with the first one, writing nothing more', async () => {
    const weapon = revolvers(f)[0]!; // back in store since the first test
    const body = issueBody(weapon.id, person(f, 'Carlos Mamani Rojas').id);
    const first = await call(t, f.armourer, 'POST', `${base()}/armoury/issues`, body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await call(t, f.armourer, 'POST', `${base()}/armoury/issues`, body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      replayed: true,
      issue: { id: first.json().issue.id, status: 'out' },
    });
    expect(again.json().entries.map((e: { id: string }) => e.id)).toEqual(
      first.json().entries.map((e: { id: string }) => e.id),
    );
    const returnBody = {
      idempotencyKey: key('ret'),
      firearmId: weapon.id,
      facilityId: f.facilityId,
      roundsReturned: 12,
    };
    const returned = await call(t, f.armourer, 'POST', `${base()}/armoury/returns`, returnBody);
    expect(returned.statusCode, returned.body).toBe(201);
    const returnedAgain = await call(t, f.armourer, 'POST', `${base()}/armoury/returns`, returnBody);
    expect(returnedAgain.statusCode, returnedAgain.body).toBe(200);
    expect(returnedAgain.json()).toMatchObject({
      replayed: true,
      entry: { id: returned.json().entry.id },
      issue: { id: first.json().issue.id, status: 'returned', returnedByName: 'Arturo Armero' },
    });
    // A key used for an issue cannot name a return.
    const misused = await call(t, f.armourer, 'POST', `${base()}/armoury/returns`, {
      ...returnBody,
      idempotencyKey: body.idempotencyKey,
    });
    expect(misused.statusCode, misused.body).toBe(409);
    expect(misused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Nor can a key used for a return name an issue.
    const misusedForIssue = await call(t, f.armourer, 'POST', `${base()}/armoury/issues`, {
      ...issueBody(weapon.id, person(f, 'Carlos Mamani Rojas').id),
      idempotencyKey: returnBody.idempotencyKey,
    });
    expect(misusedForIssue.statusCode, misusedForIssue.body).toBe(409);
    expect(misusedForIssue.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await statusOf(weapon.id)).toBe('in-store');
    const entries = await t.ctx.database.db
      .selectFrom('ledger_entry')
      .select('id')
      .where('idempotency_key', 'in', [body.idempotencyKey, returnBody.idempotencyKey])
      .execute();
    expect(entries).toHaveLength(2);
  });

  it('lets exactly one of 200 simultaneous issues of the same weapon succeed', async () => {
    const weapon = (
      await call(t, f.armourer, 'GET', `/api/v1/firearms?organisationId=${f.organisationId}&limit=500`)
    )
      .json()
      .items.find(
        (x: { type: string; status: string; calibreId: string; permitExpiresOn: string }) =>
          x.type === 'revolver' && x.status === 'in-store' && x.permitExpiresOn > '2026-12-31',
      );
    expect(weapon).toBeDefined();
    const guards = [
      person(f, 'Juan Pérez Quispe'),
      person(f, 'María Huamán Torres'),
      person(f, 'Carlos Mamani Rojas'),
    ];
    const before = await stock();
    const bodies = Array.from({ length: 200 }, (_, i) => ({
      ...issueBody(weapon.id, guards[i % 3]!.id),
      ammunition: { lotId: f.lotId, rounds: 6 },
    }));
    let responses: Array<{ statusCode: number }>;
    if (dialect === 'postgres') {
      responses = await Promise.all(
        bodies.map((body) => call(t, f.armourer, 'POST', `${base()}/armoury/issues`, body)),
      );
    } else {
      // One SQLite connection serialises its own transactions: the simultaneous case on SQLite is
      // several processes on one file, here four servers with fifty requests each.
      const PROCESSES = 4;
      const dir = mkdtempSync(join(tmpdir(), 'custodia-issue-'));
      try {
        const jobs = Array.from({ length: PROCESSES }, (_, p) => {
          const path = join(dir, `job-${p}.json`);
          writeFileSync(
            path,
            JSON.stringify({
              sqliteFile: t.testDatabase.sqliteFile,
              now: t.clock.now().toISOString(),
              headers: as(f.armourer),
              url: `${base()}/armoury/issues`,
              bodies: bodies.filter((_, i) => i % PROCESSES === p),
            }),
          );
          return [path];
        });
        const results = await runTogether(issueChild.path, jobs);
        expect(results.map((r) => ({ code: r.code, stderr: r.stderr.trim() }))).toEqual(
          jobs.map(() => ({ code: 0, stderr: '' })),
        );
        const answers = results.flatMap(
          (r) => JSON.parse(r.output) as Array<{ status: number; code: string | null; refusals: string[] }>,
        );
        expect(answers).toHaveLength(200);
        // Every refusal is the weapon being out already, never a database error (SQLITE_BUSY → 500).
        expect(
          answers.filter((a) => a.status !== 201).map((a) => [a.status, a.code, a.refusals.join(',')]),
        ).toEqual(Array.from({ length: 199 }, () => [409, 'ISSUE_REFUSED', 'WEAPON_NOT_IN_STORE']));
        responses = answers.map((a) => ({ statusCode: a.status }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(199);
    expect(await stock()).toBe(before - 6);
    const out = await t.ctx.database.db
      .selectFrom('armoury_issue')
      .select('id')
      .where('firearm_id', '=', weapon.id)
      .where('status', '=', 'out')
      .execute();
    expect(out).toHaveLength(1);
    expect((await verifyLedger(t.ctx.database)).ok).toBe(true);
  });
});
