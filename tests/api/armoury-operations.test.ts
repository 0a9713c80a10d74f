import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhookBody, sweepOverdue } from '../../src/use-cases/armoury/overdue-alerts';
import { TEST_DIALECTS } from '../support/test-database';
import { createTestApp, type TestApp } from '../support/test-app';
import { armouryFixture, call, key, person, post, revolvers, type ArmouryFixture } from './armoury-fixtures';

describe.each(TEST_DIALECTS)('overdue alerts, webhook, maintenance, lookup (%s)', (dialect) => {
  let t: TestApp;
  let f: ArmouryFixture;
  let server: Server;
  let url: string;
  const received: Array<{ body: string; signature: string | undefined }> = [];
  let failuresToSend = 0;
  const base = () => `/api/v1/organisations/${f.organisationId}`;

  beforeAll(async () => {
    // The test receiver listens on loopback: allowed explicitly, as an on-premises receiver would be.
    t = await createTestApp(dialect, {
      settings: { outbound: { allowHttp: true, allowList: ['127.0.0.1'], timeoutMs: 5_000 } },
    });
    f = await armouryFixture(t);
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        if (failuresToSend > 0) {
          failuresToSend--;
          response.writeHead(503).end();
          return;
        }
        received.push({ body, signature: request.headers['x-custodia-signature'] as string | undefined });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/custodia`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('raises one alert for a weapon not back in time, and POSTs a signed webhook, retrying after a failure', async () => {
    const settings = await call(t, f.manager, 'PUT', `${base()}/armoury-settings`, {
      webhookUrl: url,
      webhookSecret: 'a-very-secret-shared-key',
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json()).toMatchObject({
      webhookUrl: url,
      hasWebhookSecret: true,
      maxAssignmentHours: 72,
    });
    const weapon = revolvers(f)[0]!;
    const issued = await call(t, f.armourer, 'POST', `${base()}/armoury/issues`, {
      idempotencyKey: key('issue'),
      facilityId: f.facilityId,
      personnelId: person(f, 'Juan Pérez Quispe').id,
      firearmId: weapon.id,
      postId: post(f, 'Puerta principal').id,
      ammunition: { lotId: f.lotId, rounds: 6 },
      expectedReturnAt: '2026-11-28T14:00:00.000Z',
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(await sweepOverdue(t.ctx)).toEqual({ alertsRaised: 0, webhooksDelivered: 0, webhooksFailed: 0 });

    t.clock.advanceMinutes(9 * 60);
    failuresToSend = 1;
    expect(await sweepOverdue(t.ctx)).toEqual({ alertsRaised: 1, webhooksDelivered: 0, webhooksFailed: 0 });
    expect(received).toHaveLength(0);
    // Not yet time to retry; then a minute later it goes through.
    expect((await sweepOverdue(t.ctx)).webhooksDelivered).toBe(0);
    t.clock.advanceMinutes(1);
    expect(await sweepOverdue(t.ctx)).toEqual({ alertsRaised: 0, webhooksDelivered: 1, webhooksFailed: 0 });
    expect(received).toHaveLength(1);
    const hook = received[0]!;
    expect(hook.signature).toBe(signWebhookBody('a-very-secret-shared-key', hook.body));
    expect(JSON.parse(hook.body)).toMatchObject({
      event: 'armoury.issue.overdue',
      issue: {
        firearmSerial: weapon.serial,
        personnelName: 'Juan Pérez Quispe',
        expectedReturnAt: '2026-11-28T14:00:00.000Z',
      },
    });

    f = await armouryFixture(t);
    const alerts = (await call(t, f.armourer, 'GET', `${base()}/armoury/alerts`)).json();
    expect(alerts.items).toHaveLength(1);
    expect(alerts.items[0].webhook).toEqual({ status: 'delivered', attempts: 2, lastError: null });
    const ack = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/armoury/alerts/${alerts.items[0].id}/acknowledgement`,
    );
    expect(ack.statusCode).toBe(200);
    expect((await call(t, f.armourer, 'GET', `${base()}/armoury/alerts`)).json().items).toHaveLength(0);

    // A damaged return sends the weapon to a repair job; it cannot be issued until the job closes.
    const returned = await call(t, f.armourer, 'POST', `${base()}/armoury/returns`, {
      idempotencyKey: key('ret'),
      firearmId: weapon.id,
      facilityId: f.facilityId,
      roundsReturned: 6,
      condition: 'damaged',
      note: 'Cylinder does not lock',
    });
    expect(returned.statusCode, returned.body).toBe(201);
    const jobId = returned.json().maintenanceJobId;
    expect(jobId).not.toBeNull();
    const refused = await call(t, f.armourer, 'POST', `${base()}/armoury/issue-checks`, {
      facilityId: f.facilityId,
      personnelId: person(f, 'Juan Pérez Quispe').id,
      firearmId: weapon.id,
    });
    expect(refused.json().refusals.map((r: { code: string }) => r.code)).toEqual([
      'WEAPON_UNDER_MAINTENANCE',
    ]);
    const queue = (await call(t, f.armourer, 'GET', `${base()}/armoury/maintenance`)).json();
    expect(queue.items.map((j: { id: string; kind: string }) => [j.id, j.kind])).toEqual([[jobId, 'repair']]);
    const closed = await call(t, f.armourer, 'POST', `${base()}/armoury/maintenance/${jobId}/completion`, {
      idempotencyKey: key('mc'),
      result: 'Cylinder latch replaced; test-fired 6 rounds',
      outcome: 'returned-to-service',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedByName: 'Arturo Armero' });
    expect((await call(t, f.armourer, 'GET', `/api/v1/firearms/${weapon.id}`)).json().status).toBe(
      'in-store',
    );
  });

  it('sends a weapon in store to cleaning and back, as ledger entries', async () => {
    const weapon = revolvers(f)[1]!;
    const opened = await call(t, f.armourer, 'POST', `${base()}/armoury/maintenance`, {
      idempotencyKey: key('mo'),
      firearmId: weapon.id,
      kind: 'cleaning',
      note: null,
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const again = await call(t, f.armourer, 'POST', `${base()}/armoury/maintenance`, {
      idempotencyKey: key('mo'),
      firearmId: weapon.id,
      kind: 'inspection',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('MAINTENANCE_NOT_POSSIBLE');
    const history = (await call(t, f.armourer, 'GET', `/api/v1/history/${weapon.id}`)).json();
    expect(history.items.map((e: { kind: string }) => e.kind)).toContain('maintenance-opened');
  });

  it('resolves a scanned badge, national id, serial or lot number', async () => {
    const guard = person(f, 'María Huamán Torres');
    const weapon = revolvers(f)[2]!;
    const lookup = async (code: string) =>
      (await call(t, f.armourer, 'GET', `${base()}/armoury/lookup?code=${encodeURIComponent(code)}`)).json()
        .matches;
    expect((await lookup(guard.badgeCode))[0]).toMatchObject({
      kind: 'personnel',
      personnel: { id: guard.id },
    });
    expect((await lookup(` ${guard.nationalId} `))[0]).toMatchObject({ kind: 'personnel' });
    expect((await lookup(weapon.serial.toLowerCase()))[0]).toMatchObject({ kind: 'firearm', id: weapon.id });
    expect(await lookup('NO-SUCH-THING')).toEqual([]);
    // A badge code carries no personal data.
    expect(guard.badgeCode).toMatch(/^B-[0-9A-Z]{12}$/);
  });
});
