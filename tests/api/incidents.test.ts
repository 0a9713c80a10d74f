import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../src/use-cases/create-organisation';
import { NO_REQUEST } from '../../src/use-cases/context';
import { listInbox, readIncident } from '../../src/use-cases/incidents/read-incidents';
import { rebuildRegistry } from '../../src/use-cases/ledger/rebuild-registry';
import { verifyLedger } from '../../src/use-cases/ledger/verify-ledger';
import { deliverPendingIncidentWebhooks } from '../../src/use-cases/incidents/incident-webhook';
import { signWebhookBody } from '../../src/use-cases/webhook-sender';
import { incidentBody, otherRegulatorActor } from '../support/incident-fixtures';
import { TEST_DIALECTS } from '../support/test-database';
import { createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';
import { armouryFixture, call, key, person, post, revolvers, type ArmouryFixture } from './armoury-fixtures';

describe.each(TEST_DIALECTS)('incidents over the API (%s)', (dialect) => {
  let t: TestApp;
  let f: ArmouryFixture;
  let other: SignedIn;
  let police: SignedIn;
  let otherRegulatorId: string;
  let server: Server;
  let hookUrl: string;
  const received: Array<{ body: string; signature: string | undefined; event: string | undefined }> = [];
  let failuresToSend = 0;
  const base = () => `/api/v1/organisations/${f.organisationId}`;

  beforeAll(async () => {
    // The test receiver listens on loopback: allowed explicitly, as an on-premises receiver would be.
    t = await createTestApp(dialect, {
      settings: { outbound: { allowHttp: true, allowList: ['127.0.0.1'], timeoutMs: 5_000 } },
    });
    f = await armouryFixture(t);
    other = await signIn(t.app, 'gerente@pacifico.example');
    police = await signIn(t.app, 'policia@custodia.example');
    const admin = await signIn(t.app, 'admin@custodia.example');
    const co = await createOrganisation(
      t.ctx,
      {
        userId: admin.userId,
        apiTokenId: null,
        organisationId: admin.organisationId,
        organisationKind: 'regulator',
        countryCode: 'PE',
        roles: ['system-admin'],
      } as never,
      { kind: 'regulator', code: 'REG-CO', name: 'Regulador CO', countryCode: 'CO', licensedById: null },
      NO_REQUEST,
    );
    otherRegulatorId = co.id;
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        if (failuresToSend > 0) {
          failuresToSend--;
          response.writeHead(503).end();
          return;
        }
        received.push({
          body,
          signature: request.headers['x-custodia-signature'] as string | undefined,
          event: request.headers['x-custodia-event'] as string | undefined,
        });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/incidents`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  async function statusOf(firearmId: string): Promise<string> {
    return (await call(t, f.armourer, 'GET', `/api/v1/firearms/${firearmId}`)).json().status;
  }
  async function rows(table: 'incident' | 'ledger_entry' | 'incident_firearm'): Promise<number> {
    const row = await t.ctx.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  function issueBody(firearmId: string, personnelId: string) {
    return {
      idempotencyKey: key('issue'),
      facilityId: f.facilityId,
      personnelId,
      firearmId,
      postId: post(f, 'Puerta principal').id,
      shift: '06:00–18:00',
      ammunition: { lotId: f.lotId, rounds: 12 },
    };
  }
  /** Weapons other than the revolvers the armoury flows use. */
  function others(n: number) {
    const list = f.firearms.filter((w) => !revolvers(f).some((r) => r.id === w.id));
    if (!list[n]) throw new Error(`no weapon ${n}`);
    return list[n];
  }
  const file = (body: object, session = f.armourer) => call(t, session, 'POST', `${base()}/incidents`, body);

  it('names the field of every bad input and writes nothing', async () => {
    const before = [await rows('incident'), await rows('ledger_entry')];
    const missing = await file({ kind: 'theft', place: '' });
    expect(missing.statusCode).toBe(400);
    const paths = missing.json().error.details.fields.map((x: { path: string }) => x.path);
    expect(paths).toEqual(expect.arrayContaining(['place', 'discoveredAt', 'circumstances']));

    const badKind = await file(incidentBody(t, { kind: 'kidnapping' }));
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.details.fields[0].path).toBe('kind');

    const foreignWeapon = (
      await call(t, other, 'GET', `/api/v1/firearms?organisationId=${other.organisationId}&limit=1`)
    ).json().items[0].id;
    const checked = await file(
      incidentBody(t, {
        occurredAt: t.clock.now().toISOString(),
        discoveredAt: new Date(Date.parse(t.clock.now().toISOString()) - 3_600_000).toISOString(),
        firearms: [{ firearmId: foreignWeapon }],
        ammunition: [{ lotId: foreignWeapon, rounds: 5 }],
        persons: [{ name: 'Juan Pérez Quispe', role: 'guard', isInjured: true }],
      }),
    );
    expect(checked.statusCode).toBe(400);
    expect(checked.json().error.details.fields.map((x: { path: string }) => x.path)).toEqual([
      'occurredAt',
      'firearms.0.firearmId',
      'ammunition.0.lotId',
      'persons.0.injuryDescription',
    ]);
    const future = await file(
      incidentBody(t, {
        discoveredAt: new Date(Date.parse(t.clock.now().toISOString()) + 3_600_000).toISOString(),
        firearms: [{ firearmId: revolvers(f)[0]!.id }],
      }),
    );
    expect(future.json().error.details.fields[0].path).toBe('discoveredAt');
    const nothingMissing = await file(incidentBody(t, { kind: 'theft' }));
    expect(nothingMissing.json().error.details.fields[0].path).toBe('firearms');
    const missingInDischarge = await file(
      incidentBody(t, {
        kind: 'discharge-in-service',
        firearms: [{ firearmId: revolvers(f)[0]!.id, role: 'missing' }],
      }),
    );
    expect(missingInDischarge.json().error.details.fields[0].path).toBe('firearms.0.role');
    expect([await rows('incident'), await rows('ledger_entry')]).toEqual(before);
    expect(await statusOf(revolvers(f)[0]!.id)).toBe('in-store');
  });

  it('reports a loss: the weapon is lost, its issue refused, then recovered and issuable again', async () => {
    const weapon = revolvers(f)[0]!;
    const guard = person(f, 'Juan Pérez Quispe');
    const filed = await file(
      incidentBody(t, {
        firearms: [{ firearmId: weapon.id }],
        ammunition: [{ lotId: f.lotId, rounds: 12 }],
        persons: [{ name: 'Arturo Armero', role: 'staff' }],
      }),
    );
    expect(filed.statusCode, filed.body).toBe(201);
    const { incident, entries } = filed.json();
    expect(incident.reference).toBe('PSC-ANDINA-INC-2026-0001');
    expect(incident).toMatchObject({
      kind: 'loss',
      status: 'submitted',
      firearmCount: 1,
      roundsInvolved: 12,
    });
    expect(incident.firearms[0]).toMatchObject({
      firearmId: weapon.id,
      role: 'missing',
      currentStatus: 'lost',
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'firearm-reported-missing',
      payload: { firearmId: weapon.id, status: 'lost', incidentReference: 'PSC-ANDINA-INC-2026-0001' },
    });
    expect(incident.ledgerEntryIds).toEqual([entries[0].id]);
    expect(await statusOf(weapon.id)).toBe('lost');
    const timeline = (await call(t, f.armourer, 'GET', `/api/v1/history/${weapon.id}`)).json();
    expect(timeline.items.map((e: { id: string }) => e.id)).toContain(entries[0].id);

    const refused = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/issues`,
      issueBody(weapon.id, guard.id),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.refusals.map((r: { code: string }) => r.code)).toContain(
      'WEAPON_LOST_OR_STOLEN',
    );

    // Reporting it lost again, with another weapon, fails as a whole: nothing half-written.
    const second = revolvers(f)[1]!;
    const before = [await rows('incident'), await rows('ledger_entry')];
    const again = await file(
      incidentBody(t, { kind: 'theft', firearms: [{ firearmId: second.id }, { firearmId: weapon.id }] }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('WEAPON_ALREADY_MISSING');
    expect(again.json().error.details).toMatchObject({ firearmId: weapon.id });
    expect([await rows('incident'), await rows('ledger_entry')]).toEqual(before);
    expect(await statusOf(second.id)).toBe('in-store');

    const noFacility = await call(t, f.manager, 'POST', `${base()}/incidents/recoveries`, {
      firearmId: weapon.id,
      recoveredAt: t.clock.now().toISOString(),
      place: 'Comisaría de San Isidro',
      recoveredBy: 'PNP San Isidro',
      custody: 'company',
    });
    expect(noFacility.json().error.details.fields[0].path).toBe('facilityId');
    const recovered = await call(t, f.manager, 'POST', `${base()}/incidents/recoveries`, {
      firearmId: weapon.id,
      recoveredAt: t.clock.now().toISOString(),
      place: 'Comisaría de San Isidro',
      recoveredBy: 'PNP San Isidro',
      custody: 'company',
      facilityId: f.facilityId,
      incidentId: incident.id,
    });
    expect(recovered.statusCode, recovered.body).toBe(201);
    expect(recovered.json()).toMatchObject({ status: 'in-store', entry: { kind: 'firearm-recovered' } });
    expect(await statusOf(weapon.id)).toBe('in-store');
    const notMissing = await call(t, f.manager, 'POST', `${base()}/incidents/recoveries`, {
      firearmId: weapon.id,
      recoveredAt: t.clock.now().toISOString(),
      place: 'x',
      recoveredBy: 'y',
      custody: 'company',
      facilityId: f.facilityId,
    });
    expect(notMissing.json().error.code).toBe('WEAPON_NOT_MISSING');
    const issued = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/issues`,
      issueBody(weapon.id, guard.id),
    );
    expect(issued.statusCode, issued.body).toBe(201);
    const back = await call(t, f.armourer, 'POST', `${base()}/armoury/returns`, {
      idempotencyKey: key('ret'),
      firearmId: weapon.id,
      facilityId: f.facilityId,
      roundsReturned: 12,
    });
    expect(back.statusCode, back.body).toBe(201);
  });

  it('reports a guard robbed of an issued weapon as stolen and closes the issue; the regulator records a seizure', async () => {
    const weapon = revolvers(f)[2]!;
    const guard = person(f, 'Juan Pérez Quispe');
    const issued = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/issues`,
      issueBody(weapon.id, guard.id),
    );
    expect(issued.statusCode, issued.body).toBe(201);
    const filed = await file(
      incidentBody(t, {
        kind: 'robbery-of-guard',
        occurredAt: new Date(Date.parse(t.clock.now().toISOString()) - 2 * 3_600_000).toISOString(),
        firearms: [{ firearmId: weapon.id }],
        persons: [
          {
            name: guard.fullName,
            role: 'guard',
            personnelId: guard.id,
            isInjured: true,
            injuryDescription: 'Bruised arm',
          },
        ],
      }),
    );
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().entries[0].payload.status).toBe('stolen');
    expect(await statusOf(weapon.id)).toBe('stolen');
    const issue = (
      await call(t, f.armourer, 'GET', `${base()}/armoury/issues/${issued.json().issue.id}`)
    ).json();
    expect(issue.status).toBe('lost');
    const out = (await call(t, f.armourer, 'GET', `${base()}/armoury/issues?firearmId=${weapon.id}`)).json();
    expect(out.items).toHaveLength(0);

    const seizedWeapon = others(0);
    const seizure = {
      firearmId: seizedWeapon.id,
      seizedAt: t.clock.now().toISOString(),
      place: 'Sede central',
      authority: 'SUCAMEC',
      reason: 'Permit not renewed after inspection',
      reference: 'SUCAMEC-INC-77',
    };
    expect((await call(t, f.manager, 'POST', `${base()}/incidents/seizures`, seizure)).statusCode).toBe(403);
    const seized = await call(t, f.regulator, 'POST', `${base()}/incidents/seizures`, seizure);
    expect(seized.statusCode, seized.body).toBe(201);
    expect(await statusOf(seizedWeapon.id)).toBe('seized');
    const refused = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/issues`,
      issueBody(seizedWeapon.id, guard.id),
    );
    expect(refused.json().error.details.refusals.map((r: { code: string }) => r.code)).toContain(
      'WEAPON_SEIZED',
    );
    const handedBack = await call(t, f.regulator, 'POST', `${base()}/incidents/recoveries`, {
      firearmId: seizedWeapon.id,
      recoveredAt: t.clock.now().toISOString(),
      place: 'SUCAMEC depot',
      recoveredBy: 'SUCAMEC',
      custody: 'company',
      facilityId: f.facilityId,
    });
    expect(handedBack.statusCode, handedBack.body).toBe(201);
    expect(await statusOf(seizedWeapon.id)).toBe('in-store');
    expect((await verifyLedger(t.ctx.database)).ok).toBe(true);
    // The statuses are a projection of the ledger: a rebuild gives the same rows.
    const before = await t.ctx.database.db
      .selectFrom('firearm')
      .select(['id', 'status', 'facility_id'])
      .orderBy('id')
      .execute();
    await rebuildRegistry(t.ctx.database);
    expect(
      await t.ctx.database.db
        .selectFrom('firearm')
        .select(['id', 'status', 'facility_id'])
        .orderBy('id')
        .execute(),
    ).toEqual(before);
  });

  it('runs the clocks from discovery: late, overdue and met, and the regulator’s overview shows the bad ones', async () => {
    const settings = (await call(t, f.regulator, 'GET', '/api/v1/incidents/clock-settings')).json();
    expect(settings.items.find((s: { countryCode: string }) => s.countryCode === 'PE')).toMatchObject({
      notifyWithinHours: 48,
      followUpWithinDays: 10,
      isDefault: true,
    });
    expect(
      (
        await call(t, f.manager, 'PUT', '/api/v1/incidents/clock-settings/PE', {
          notifyWithinHours: 24,
          followUpWithinDays: 10,
        })
      ).statusCode,
    ).toBe(403);
    const set = await call(t, f.regulator, 'PUT', '/api/v1/incidents/clock-settings/PE', {
      notifyWithinHours: 24,
      followUpWithinDays: 10,
    });
    expect(set.json()).toMatchObject({ countryCode: 'PE', notifyWithinHours: 24, isDefault: false });
    expect(
      (
        await call(t, f.regulator, 'PUT', '/api/v1/incidents/clock-settings/CO', {
          notifyWithinHours: 24,
          followUpWithinDays: 10,
        })
      ).statusCode,
    ).toBe(403);

    const now = Date.parse(t.clock.now().toISOString());
    const late = (
      await file(
        incidentBody(t, { kind: 'damage', discoveredAt: new Date(now - 25 * 3_600_000).toISOString() }),
      )
    ).json().incident;
    expect(late.clocks.notification).toMatchObject({ status: 'late', doneAt: late.createdAt });
    expect(late.clocks.followUp.status).toBe('pending');
    const discovered = now - 11 * 24 * 3_600_000;
    const old = (
      await file(
        incidentBody(t, {
          kind: 'accident',
          discoveredAt: new Date(discovered).toISOString(),
          regulatorNotifiedAt: new Date(discovered + 3_600_000).toISOString(),
        }),
      )
    ).json().incident;
    expect(old.clocks.notification.status).toBe('met');
    expect(old.clocks.followUp).toMatchObject({
      status: 'overdue',
      dueAt: new Date(discovered + 10 * 24 * 3_600_000).toISOString(),
    });
    const timely = (await file(incidentBody(t, { kind: 'other' }))).json().incident;
    expect(timely.clocks.notification.status).toBe('met');

    const overview = (await call(t, f.regulator, 'GET', '/api/v1/incidents/overview')).json();
    const ids = overview.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([late.id, old.id]));
    expect(ids).not.toContain(timely.id);
    const lateOnly = (
      await call(t, f.regulator, 'GET', '/api/v1/incidents/inbox?notificationClock=late')
    ).json();
    expect(lateOnly.items.map((i: { id: string }) => i.id)).toEqual([late.id]);

    const followUp = await call(t, f.manager, 'POST', `${base()}/incidents/${old.id}/follow-up`, {
      report: 'The armoury door was repaired; the guard was retrained.',
    });
    expect(followUp.json().clocks.followUp.status).toBe('late');
    const twice = await call(t, f.manager, 'POST', `${base()}/incidents/${old.id}/follow-up`, {
      report: 'Again',
    });
    expect(twice.json().error.code).toBe('FOLLOW_UP_ALREADY_SUBMITTED');
    expect(
      (await call(t, f.manager, 'POST', `${base()}/incidents/${old.id}/follow-up`, { report: '' })).json()
        .error.details.fields[0].path,
    ).toBe('report');
  });

  it('runs the regulator’s inbox and the thread with the company, and keeps tenants apart', async () => {
    const filed = (
      await file(incidentBody(t, { kind: 'other', circumstances: 'Suspicious approach at the gate' }))
    ).json().incident;
    const url = `${base()}/incidents/${filed.id}`;
    const inbox = (
      await call(t, f.regulator, 'GET', '/api/v1/incidents/inbox?kind=other&isOpen=true')
    ).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(filed.id);
    expect(inbox.items.every((i: { kind: string }) => i.kind === 'other')).toBe(true);

    // The company cannot act as the regulator, nor the regulator answer for the company.
    expect((await call(t, f.manager, 'POST', `${url}/acknowledge`, {})).statusCode).toBe(403);
    expect((await call(t, f.regulator, 'POST', `${url}/answers`, { body: 'x' })).statusCode).toBe(403);

    let detail = (await call(t, f.regulator, 'POST', `${url}/acknowledge`, {})).json();
    expect(detail.status).toBe('acknowledged');
    expect(detail.acknowledgedAt).not.toBeNull();
    detail = (
      await call(t, f.regulator, 'POST', `${url}/request-information`, {
        body: 'Send the CCTV log of that night.',
      })
    ).json();
    expect(detail).toMatchObject({ status: 'information-requested', unansweredRequests: 1 });
    const asCompany = (await call(t, f.manager, 'GET', url)).json();
    expect(asCompany.messages.map((m: { kind: string; body: string }) => [m.kind, m.body])).toEqual([
      ['request', 'Send the CCTV log of that night.'],
    ]);
    expect(asCompany.permissions).toMatchObject({ canAnswer: true, canClose: false });
    detail = (
      await call(t, f.manager, 'POST', `${url}/answers`, { body: 'Attached to the follow-up.' })
    ).json();
    expect(detail).toMatchObject({ status: 'answered', unansweredRequests: 0 });
    expect(detail.messages.map((m: { kind: string }) => m.kind)).toEqual(['request', 'answer']);
    detail = (await call(t, f.regulator, 'POST', `${url}/outcome`, { outcome: 'No breach found.' })).json();
    expect(detail.outcome).toBe('No breach found.');
    detail = (await call(t, f.regulator, 'POST', `${url}/close`, { note: 'Closed after review' })).json();
    expect(detail).toMatchObject({ status: 'closed', closingNote: 'Closed after review' });
    const afterClose = await call(t, f.manager, 'POST', `${url}/answers`, { body: 'One more thing' });
    expect(afterClose.json().error.code).toBe('INCIDENT_CLOSED');

    // Another company, the police and another country's regulator see nothing of it.
    expect((await call(t, other, 'GET', url)).statusCode).toBe(404);
    expect((await call(t, other, 'GET', `${base()}/incidents`)).statusCode).toBe(404);
    expect((await call(t, police, 'GET', url)).statusCode).toBe(404);
    expect((await call(t, police, 'GET', '/api/v1/incidents/inbox')).statusCode).toBe(403);
    expect((await call(t, other, 'GET', '/api/v1/incidents/inbox')).statusCode).toBe(403);
    const foreign = otherRegulatorActor(otherRegulatorId);
    expect((await listInbox(t.ctx, foreign, { limit: 500, offset: 0 })).items).toEqual([]);
    await expect(readIncident(t.ctx, foreign, f.organisationId, filed.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const ownList = (
      await call(t, other, 'GET', `/api/v1/organisations/${other.organisationId}/incidents`)
    ).json();
    expect(ownList.items).toEqual([]);
  });

  it('turns return and count discrepancies into incidents or resolves them with a reason, never dropping one', async () => {
    const guard = person(f, 'Juan Pérez Quispe');
    const [a, b] = [revolvers(f)[0]!, revolvers(f)[1]!];
    for (const weapon of [a, b]) {
      const issued = await call(
        t,
        f.armourer,
        'POST',
        `${base()}/armoury/issues`,
        issueBody(weapon.id, guard.id),
      );
      expect(issued.statusCode, issued.body).toBe(201);
      const returned = await call(t, f.armourer, 'POST', `${base()}/armoury/returns`, {
        idempotencyKey: key('ret'),
        firearmId: weapon.id,
        facilityId: f.facilityId,
        roundsReturned: 9,
        shortfallReason: 'other',
        note: 'Rounds unaccounted for',
      });
      expect(returned.statusCode, returned.body).toBe(201);
    }
    t.clock.advanceMinutes(25 * 60);
    f = await armouryFixture(t); // sessions expire after 12 h
    other = await signIn(t.app, 'gerente@pacifico.example');
    police = await signIn(t.app, 'policia@custodia.example');
    const open = (await call(t, f.manager, 'GET', `${base()}/discrepancies`)).json().items;
    const ofA = open.find((d: { firearm: { id: string } | null }) => d.firearm?.id === a.id);
    const ofB = open.find((d: { firearm: { id: string } | null }) => d.firearm?.id === b.id);
    expect(ofA).toMatchObject({ source: 'return', rounds: 3, suggestedKind: 'ammunition-shortfall' });
    // 25 hours after it was raised and still not reported: the notification is overdue.
    expect(ofA.notificationClock.status).toBe('overdue');
    expect((await call(t, other, 'GET', `${base()}/discrepancies`)).statusCode).toBe(404);

    const made = await call(t, f.manager, 'POST', `${base()}/discrepancies/return/${ofA.id}/incident`, {
      place: 'Puerta principal',
      circumstances: 'Three rounds missing after the night shift',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().incident).toMatchObject({
      kind: 'ammunition-shortfall',
      roundsInvolved: 3,
      discrepancies: [{ source: 'return', discrepancyId: ofA.id }],
    });
    expect(made.json().incident.persons[0]).toMatchObject({ role: 'guard', personnelId: guard.id });
    const again = await call(t, f.manager, 'POST', `${base()}/discrepancies/return/${ofA.id}/incident`, {});
    expect(again.json().error.code).toBe('DISCREPANCY_NOT_OPEN');
    const noReason = await call(t, f.manager, 'POST', `${base()}/discrepancies/return/${ofB.id}/resolve`, {});
    expect(noReason.json().error.details.fields[0].path).toBe('reason');
    const resolved = await call(t, f.manager, 'POST', `${base()}/discrepancies/return/${ofB.id}/resolve`, {
      reason: 'Three rounds used at the range, booked late',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolutionReason: 'Three rounds used at the range, booked late',
    });
    const left = (await call(t, f.manager, 'GET', `${base()}/discrepancies`)).json().items;
    expect(left.map((d: { id: string }) => d.id)).not.toEqual(expect.arrayContaining([ofA.id]));
    expect(left.map((d: { id: string }) => d.id)).not.toContain(ofB.id);

    // A count with a weapon missing: reported as a loss through the count, it becomes an incident.
    const firearms = (
      await call(t, f.armourer, 'GET', `/api/v1/firearms?organisationId=${f.organisationId}&limit=500`)
    ).json().items as Array<{ id: string; serial: string; status: string; facilityId: string }>;
    const inStore = firearms.filter((w) => w.status === 'in-store' && w.facilityId === f.facilityId);
    const [gone, ...present] = inStore;
    const started = await call(t, f.armourer, 'POST', `${base()}/armoury/counts`, {
      facilityId: f.facilityId,
      kind: 'serial',
      isBlind: false,
    });
    expect(started.statusCode, started.body).toBe(201);
    const countId = started.json().id;
    await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/items`, {
      scannedCodes: present.map((w) => w.serial),
    });
    const submitted = (
      await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/submission`)
    ).json();
    const missing = submitted.discrepancies.find((d: { kind: string }) => d.kind === 'missing');
    expect(missing.firearm.id).toBe(gone!.id);
    const listed = (await call(t, f.manager, 'GET', `${base()}/discrepancies`)).json().items;
    expect(listed.find((d: { id: string }) => d.id === missing.id)).toMatchObject({
      source: 'count',
      suggestedKind: 'loss',
    });
    const before = await rows('incident');
    const loss = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/counts/${countId}/discrepancies/${missing.id}/resolution`,
      { resolution: 'reported-loss', note: 'Not found after a search of the armoury' },
    );
    expect(loss.statusCode, loss.body).toBe(200);
    expect(await rows('incident')).toBe(before + 1);
    expect(await statusOf(gone!.id)).toBe('lost');
    const byCount = (await call(t, f.regulator, 'GET', '/api/v1/incidents/inbox?kind=loss')).json().items;
    const reported = (await call(t, f.regulator, 'GET', `${base()}/incidents/${byCount[0].id}`)).json();
    expect(reported).toMatchObject({ discrepancies: [{ source: 'count', discrepancyId: missing.id }] });
    expect(reported.firearms[0]).toMatchObject({ firearmId: gone!.id, role: 'missing' });
    expect(reported.ledgerEntryIds).toHaveLength(1);
    const closed = await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/closure`, {
      idempotencyKey: key('close'),
    });
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('settles count discrepancies from the company’s list: one as an incident, one with a reason', async () => {
    const firearms = (
      await call(t, f.armourer, 'GET', `/api/v1/firearms?organisationId=${f.organisationId}&limit=500`)
    ).json().items as Array<{ id: string; serial: string; status: string; facilityId: string }>;
    const inStore = firearms.filter((w) => w.status === 'in-store' && w.facilityId === f.facilityId);
    const [first, second, ...present] = inStore;
    const started = await call(t, f.armourer, 'POST', `${base()}/armoury/counts`, {
      facilityId: f.facilityId,
      kind: 'serial',
      isBlind: false,
    });
    const countId = started.json().id;
    await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/items`, {
      scannedCodes: present.map((w) => w.serial),
    });
    const submitted = (
      await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/submission`)
    ).json();
    const of = (id: string) =>
      submitted.discrepancies.find((d: { firearm: { id: string } | null }) => d.firearm?.id === id)
        .id as string;
    const made = await call(t, f.manager, 'POST', `${base()}/discrepancies/count/${of(first!.id)}/incident`, {
      policeReportNumber: 'PNP-COUNT-1',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().incident).toMatchObject({
      kind: 'loss',
      policeReportNumber: 'PNP-COUNT-1',
      discrepancies: [{ source: 'count', discrepancyId: of(first!.id) }],
    });
    expect(made.json().entries.map((e: { kind: string }) => e.kind)).toEqual(['firearm-reported-missing']);
    expect(await statusOf(first!.id)).toBe('lost');
    const resolved = await call(
      t,
      f.manager,
      'POST',
      `${base()}/discrepancies/count/${of(second!.id)}/resolve`,
      {
        reason: 'Out for cleaning, logged on paper',
      },
    );
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(await statusOf(second!.id)).toBe('in-store');
    const count = (await call(t, f.armourer, 'GET', `${base()}/armoury/counts/${countId}`)).json();
    expect(
      count.discrepancies.map((d: { resolution: string; note: string }) => [d.resolution, d.note]).sort(),
    ).toEqual([
      ['recorded-error', 'Out for cleaning, logged on paper'],
      ['reported-loss', expect.any(String)],
    ]);
    const closed = await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/closure`, {
      idempotencyKey: key('close'),
    });
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('notifies the regulator’s officers of every new incident and the company of every request', async () => {
    const list = (await call(t, f.regulator, 'GET', '/api/v1/notifications?unread=true')).json();
    expect(list.unread).toBeGreaterThan(0);
    expect(list.items.every((n: { kind: string }) => n.kind === 'incident-filed')).toBe(true);
    const first = list.items[0];
    expect(first.incidentReference).toMatch(/^PSC-ANDINA-INC-2026-\d{4}$/);
    // Another user cannot mark it read.
    expect((await call(t, f.manager, 'POST', `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(404);
    const read = (await call(t, f.regulator, 'POST', `/api/v1/notifications/${first.id}/read`)).json();
    expect(read.readAt).not.toBeNull();
    const after = (await call(t, f.regulator, 'GET', '/api/v1/notifications')).json();
    expect(after.unread).toBe(list.unread - 1);
    const company = (await call(t, f.manager, 'GET', '/api/v1/notifications')).json();
    expect(company.items.map((n: { kind: string }) => n.kind)).toContain('information-requested');
    const marked = (await call(t, f.regulator, 'POST', '/api/v1/notifications/read-all')).json();
    expect(marked.marked).toBe(list.unread - 1);
    expect((await call(t, police, 'GET', '/api/v1/notifications')).json().items).toEqual([]);
  });

  it('posts a signed webhook to the regulator on every new incident', async () => {
    expect(
      (await call(t, f.manager, 'PUT', '/api/v1/incidents/webhook-settings', { webhookUrl: hookUrl }))
        .statusCode,
    ).toBe(403);
    const set = await call(t, f.regulator, 'PUT', '/api/v1/incidents/webhook-settings', {
      webhookUrl: hookUrl,
      webhookSecret: 'an-incident-shared-secret',
    });
    expect(set.json()).toMatchObject({ webhookUrl: hookUrl, hasWebhookSecret: true });
    received.length = 0;
    const filed = (await file(incidentBody(t, { kind: 'accident' }))).json().incident;
    expect(received).toHaveLength(1);
    const hook = received[0]!;
    expect(hook.event).toBe('incident.filed');
    expect(hook.signature).toBe(signWebhookBody('an-incident-shared-secret', hook.body));
    expect(JSON.parse(hook.body)).toMatchObject({ reference: filed.reference, kind: 'accident' });

    // A receiver that is down gets the incident again a minute later.
    received.length = 0;
    failuresToSend = 1;
    const retried = (await file(incidentBody(t, { kind: 'damage' }))).json().incident;
    expect(received).toHaveLength(0);
    const state = () =>
      t.ctx.database.db
        .selectFrom('incident')
        .select(['webhook_status', 'webhook_attempts', 'webhook_last_error'])
        .where('id', '=', retried.id)
        .executeTakeFirstOrThrow();
    expect(await state()).toEqual({
      webhook_status: 'pending',
      webhook_attempts: 1,
      webhook_last_error: 'HTTP 503',
    });
    await deliverPendingIncidentWebhooks(t.ctx);
    expect(received).toHaveLength(0); // not yet due
    t.clock.advanceMinutes(1);
    await deliverPendingIncidentWebhooks(t.ctx);
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.body).reference).toBe(retried.reference);
    expect(await state()).toMatchObject({ webhook_status: 'delivered', webhook_attempts: 2 });
  });

  it('serves the incident report as a PDF with the reference', async () => {
    const filed = (
      await file(
        incidentBody(t, {
          kind: 'theft',
          firearms: [{ firearmId: others(1).id }],
          policeReportNumber: 'PNP-42',
        }),
      )
    ).json().incident;
    const response = await call(
      t,
      f.regulator,
      'GET',
      `${base()}/incidents/${filed.id}/report.pdf?language=en`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'incident-pdf-'));
    writeFileSync(join(dir, 'report.pdf'), response.rawPayload);
    const text = execFileSync('pdftotext', [join(dir, 'report.pdf'), '-']).toString('utf8');
    expect(text).toContain(filed.reference);
    expect(text).toContain('PNP-42');
    expect((await call(t, other, 'GET', `${base()}/incidents/${filed.id}/report.pdf`)).statusCode).toBe(404);
  });
});
