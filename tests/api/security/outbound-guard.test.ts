import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_SETTINGS, type OutboundSettings } from '../../../src/use-cases/context';
import { checkDestination, deniedCategory, isAllowListed } from '../../../src/use-cases/outbound-guard';
import { sendWebhook } from '../../../src/use-cases/webhook-sender';
import { TEST_DIALECTS } from '../../support/test-database';
import { as, createTestApp, signIn, type TestApp } from '../../support/test-app';

/*
 * Issue #15 item 6 (SSRF through webhooks). No traffic leaves the machine: the guard's decisions are
 * checked on literal addresses and `localhost`, and deliveries go only to listeners on loopback that
 * this test starts.
 */
const STRICT: OutboundSettings = DEFAULT_SECURITY_SETTINGS.outbound;
const HTTP_ALLOWED: OutboundSettings = { ...STRICT, allowHttp: true };
const code = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (e: { code?: string; details?: { reason?: string; category?: string } }) =>
      `${e.code}:${e.details?.reason}:${e.details?.category ?? ''}`,
  );

describe('the outbound guard’s decisions', () => {
  it('classes every inward address, however it is spelled', () => {
    const cases: Record<string, string | null> = {
      '127.0.0.1': 'loopback',
      '127.1.2.3': 'loopback',
      '::1': 'loopback',
      '[::1]': 'loopback',
      '::ffff:127.0.0.1': 'loopback',
      '::ffff:7f00:1': 'loopback',
      '169.254.169.254': 'link-local',
      'fe80::1': 'link-local',
      '10.1.2.3': 'private',
      '172.16.0.1': 'private',
      '192.168.1.1': 'private',
      'fd00::1': 'private',
      '100.64.0.1': 'shared',
      '224.0.0.1': 'multicast',
      'ff02::1': 'multicast',
      '0.0.0.0': 'unspecified',
      '::': 'unspecified',
      '::ffff:10.0.0.1': 'private',
      '8.8.8.8': null,
      '2606:4700:4700::1111': null,
    };
    for (const [address, category] of Object.entries(cases))
      expect([address, deniedCategory(address)]).toEqual([address, category]);
  });

  it('refuses the probe’s URLs after resolving them (odd encodings, localhost, metadata)', async () => {
    expect(await code(checkDestination('http://169.254.169.254/latest/meta-data/', HTTP_ALLOWED))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:link-local',
    );
    expect(await code(checkDestination('http://localhost:5432/', HTTP_ALLOWED))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:loopback',
    );
    expect(await code(checkDestination('https://[::1]:8443/', STRICT))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:loopback',
    );
    expect(await code(checkDestination('http://0x7f000001:8080/', HTTP_ALLOWED))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:loopback',
    );
    expect(await code(checkDestination('https://2130706433/', STRICT))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:loopback',
    );
    expect(await code(checkDestination('https://[::ffff:127.0.0.1]/', STRICT))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:loopback',
    );
    expect(await code(checkDestination('https://0177.0.0.1/', STRICT))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:loopback',
    );
    // A name that resolves inward is refused like the address (resolver answers given, not looked up).
    const inward = async () => [{ address: '10.0.0.7', family: 4 }];
    expect(await code(checkDestination('https://hooks.internal.example/', STRICT, inward))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:private',
    );
    const mixed = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    expect(await code(checkDestination('https://rebind.example/', STRICT, mixed))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:address:loopback',
    );
    // https only unless configured; no credentials in the URL.
    expect(await code(checkDestination('http://93.184.215.14/', STRICT))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:scheme:',
    );
    expect(await code(checkDestination('https://u:p@93.184.215.14/', STRICT))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:credentials:',
    );
    expect(await code(checkDestination('ftp://93.184.215.14/', HTTP_ALLOWED))).toBe(
      'OUTBOUND_DESTINATION_REFUSED:scheme:',
    );
    expect(await code(checkDestination('https://93.184.215.14/hook', STRICT))).toBe('accepted');
  });

  it('lets the allow-list admit on-premises receivers by address, range or name', async () => {
    expect(isAllowListed(['10.0.0.0/8'], 'hooks.local', '10.3.4.5')).toBe(true);
    expect(isAllowListed(['10.0.0.0/8'], 'hooks.local', '192.168.0.1')).toBe(false);
    expect(isAllowListed(['hooks.local'], 'hooks.local', '192.168.0.1')).toBe(true);
    expect(isAllowListed(['127.0.0.1'], '127.0.0.1', '127.0.0.1')).toBe(true);
    expect(
      await code(
        checkDestination('http://localhost:9/', { ...HTTP_ALLOWED, allowList: ['127.0.0.1', '::1'] }),
      ),
    ).toBe('accepted');
  });
});

describe('deliveries to a loopback listener', () => {
  let server: Server;
  let redirectTarget: Server;
  let silent: Server;
  const hits: string[] = [];
  let port = 0;
  let targetPort = 0;
  let silentPort = 0;
  const listen = async (s: Server) => {
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    return (s.address() as AddressInfo).port;
  };
  beforeAll(async () => {
    redirectTarget = createServer((request, response) => {
      hits.push(`target ${request.url}`);
      response.writeHead(204).end();
    });
    targetPort = await listen(redirectTarget);
    server = createServer((request, response) => {
      hits.push(`hook ${request.url}`);
      if (request.url === '/redirect') {
        response.writeHead(307, { location: `http://127.0.0.1:${targetPort}/landed` }).end();
        return;
      }
      response.writeHead(204).end();
    });
    port = await listen(server);
    silent = createServer(() => {
      hits.push('silent');
      // never answers
    });
    silentPort = await listen(silent);
  });
  afterAll(async () => {
    silent.closeAllConnections();
    for (const s of [server, redirectTarget, silent]) await new Promise((resolve) => s.close(resolve));
  });
  const delivery = (url: string) => ({ url, secret: null, event: 'test', deliveryId: 'd.1', body: '{}' });

  it('sends nothing to loopback unless the allow-list names it', async () => {
    hits.length = 0;
    const error = await sendWebhook(delivery(`http://127.0.0.1:${port}/hook`), HTTP_ALLOWED);
    expect(error).toMatch(/^OUTBOUND_DESTINATION_REFUSED/);
    expect(await sendWebhook(delivery(`http://localhost:${port}/hook`), HTTP_ALLOWED)).toMatch(
      /^OUTBOUND_DESTINATION_REFUSED/,
    );
    expect(hits).toEqual([]);
    const allowed = { ...HTTP_ALLOWED, allowList: ['127.0.0.1'] };
    expect(await sendWebhook(delivery(`http://127.0.0.1:${port}/hook`), allowed)).toBeNull();
    expect(hits).toEqual(['hook /hook']);
  });

  it('never follows a redirect, and gives up after the time limit', async () => {
    hits.length = 0;
    const allowed = { ...HTTP_ALLOWED, allowList: ['127.0.0.1'], timeoutMs: 300 };
    expect(await sendWebhook(delivery(`http://127.0.0.1:${port}/redirect`), allowed)).toMatch(
      /redirects are not followed/,
    );
    expect(hits).toEqual(['hook /redirect']);
    const started = Date.now();
    const error = await sendWebhook(delivery(`http://127.0.0.1:${silentPort}/`), allowed);
    expect(error).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe.each(TEST_DIALECTS)('webhook URLs are checked when configured (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { settings: { outbound: HTTP_ALLOWED } });
  });
  afterAll(async () => t.close());

  it('refuses the probe’s destinations for the armoury and the incident webhooks, and stores nothing', async () => {
    const manager = await signIn(t.app, 'gerente@andina.example');
    const regulator = await signIn(t.app, 'regulador@custodia.example');
    for (const webhookUrl of [
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost:5432/',
      'http://[::1]:8080/',
      'http://0x7f000001:8080/',
    ]) {
      const armoury = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/organisations/${manager.organisationId}/armoury-settings`,
        headers: as(manager),
        payload: { webhookUrl },
      });
      expect([webhookUrl, armoury.statusCode, armoury.json().error.code]).toEqual([
        webhookUrl,
        400,
        'OUTBOUND_DESTINATION_REFUSED',
      ]);
      const incidents = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/incidents/webhook-settings',
        headers: as(regulator),
        payload: { webhookUrl },
      });
      expect(incidents.statusCode).toBe(400);
      expect(incidents.json().error.code).toBe('OUTBOUND_DESTINATION_REFUSED');
    }
    const stored = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${manager.organisationId}/armoury-settings`,
      headers: as(manager),
    });
    expect(stored.json().webhookUrl).toBeNull();
    const publicReceiver = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${manager.organisationId}/armoury-settings`,
      headers: as(manager),
      payload: { webhookUrl: 'https://93.184.215.14/custodia' },
    });
    expect(publicReceiver.statusCode).toBe(200);
  });
});
