import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { AppError } from './app-error';
import type { OutboundSettings } from './context';

/*
 * The one gate for every call Custodia makes to another server (webhooks now, anything later):
 * OWASP ASVS 5.2.6 / the SSRF Prevention Cheat Sheet. A destination is refused when any address it
 * resolves to is loopback, private, link-local, shared, multicast, reserved or unspecified — checked
 * on the addresses themselves, after name resolution, so odd spellings (0x7f000001, 2130706433,
 * [::ffff:127.0.0.1], [::1]) and names that resolve inward are caught alike. The connection is made
 * to the address that was checked (no second resolution to rebind), redirects are never followed,
 * only https:// is allowed unless configured, and each call has a time limit. Receivers on the
 * premises are reached only through the explicit allow-list (OUTBOUND_ALLOW_LIST).
 */

const DENIED_V4: ReadonlyArray<readonly [string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const DENIED_V6: ReadonlyArray<readonly [string, number, string]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b::', 96, 'reserved'],
  ['64:ff9b:1::', 48, 'reserved'],
  ['100::', 64, 'reserved'],
  ['2001::', 23, 'reserved'],
  ['2001:db8::', 32, 'reserved'],
  ['2002::', 16, 'reserved'],
  ['fc00::', 7, 'private'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'],
  ['ff00::', 8, 'multicast'],
];

function blockListOf(ranges: ReadonlyArray<readonly [string, number, string]>, type: 'ipv4' | 'ipv6') {
  return ranges.map(([network, prefix, category]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, category, type };
  });
}
const DENIED = [...blockListOf(DENIED_V4, 'ipv4'), ...blockListOf(DENIED_V6, 'ipv6')];

/** An IPv4 address carried inside an IPv6 one (::ffff:a.b.c.d, ::a.b.c.d), as IPv4; else the address. */
function unwrapMapped(address: string): string {
  const lower = address.toLowerCase();
  const dotted = /^::(?:ffff:(?:0:)?)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^::(?:ffff:(?:0:)?)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex && lower !== '::1') {
    const high = Number.parseInt(hex[1]!, 16);
    const low = Number.parseInt(hex[2]!, 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return address;
}

/** Why an address may not be reached, or null when it is a public unicast address. */
export function deniedCategory(address: string): string | null {
  const plain = unwrapMapped(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  const family = isIP(plain);
  if (family === 0) return 'not-an-address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const entry of DENIED) if (entry.type === type && entry.list.check(plain, type)) return entry.category;
  return null;
}

/** Whether the allow-list admits this host name or address (exact name, address, or CIDR range). */
export function isAllowListed(allowList: readonly string[], host: string, address?: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  for (const raw of allowList) {
    const entry = raw.trim().toLowerCase();
    if (entry === name) return true;
    if (address === undefined) continue;
    const plain = unwrapMapped(address);
    const family = isIP(plain);
    if (family === 0) continue;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    const [network, prefix] = entry.split('/');
    if (!network || isIP(network) !== family) continue;
    const list = new BlockList();
    if (prefix === undefined) list.addAddress(network, type);
    else list.addSubnet(network, Number(prefix), type);
    if (list.check(plain, type)) return true;
  }
  return false;
}

export type Resolver = (host: string) => Promise<readonly LookupAddress[]>;

const systemResolver: Resolver = async (host) => lookup(host, { all: true, verbatim: true });

export interface CheckedDestination {
  readonly url: URL;
  /** The addresses that were checked; the connection goes to the first of these. */
  readonly addresses: readonly LookupAddress[];
}

function refused(message: string, details: Record<string, unknown>): AppError {
  return new AppError('OUTBOUND_DESTINATION_REFUSED', message, details);
}

/** The URL's form: a parseable http(s) URL without credentials, https unless plain http is allowed. */
export function checkDestinationForm(raw: string, settings: OutboundSettings): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused('The address is not a valid URL', { reason: 'invalid-url' });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && settings.allowHttp)) {
    throw refused('Only https:// addresses may receive data from Custodia', {
      reason: 'scheme',
      scheme: url.protocol.replace(/:$/, ''),
    });
  }
  if (url.username || url.password)
    throw refused('The address may not carry a user name or password', { reason: 'credentials' });
  return url;
}

/**
 * Check a destination completely: its form, then every address its host resolves to. Throws
 * OUTBOUND_DESTINATION_REFUSED naming the reason; used when the URL is configured and before
 * every call.
 */
export async function checkDestination(
  raw: string,
  settings: OutboundSettings,
  resolve: Resolver = systemResolver,
): Promise<CheckedDestination> {
  const url = checkDestinationForm(raw, settings);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly LookupAddress[];
  if (isIP(host) !== 0) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw refused('The host name does not resolve', { reason: 'unresolvable', host });
    }
  }
  if (addresses.length === 0)
    throw refused('The host name does not resolve', { reason: 'unresolvable', host });
  for (const { address } of addresses) {
    const category = deniedCategory(address);
    if (category !== null && !isAllowListed(settings.allowList, host, address)) {
      throw refused(`The address ${address} is ${category}: Custodia does not send there`, {
        reason: 'address',
        category,
        address,
      });
    }
  }
  return { url, addresses };
}

/**
 * The check made when a receiver's URL is configured: its form, and its addresses when the name
 * resolves now (a name that does not resolve yet is accepted; every delivery checks again).
 */
export async function checkConfiguredDestination(
  raw: string,
  settings: OutboundSettings,
  resolve: Resolver = systemResolver,
): Promise<void> {
  try {
    await checkDestination(raw, settings, resolve);
  } catch (error) {
    if (error instanceof AppError && (error.details as { reason?: string }).reason === 'unresolvable') return;
    if (error instanceof AppError) {
      throw new AppError(error.code, error.message, { ...(error.details as object), field: 'webhookUrl' });
    }
    throw error;
  }
}

export interface OutboundPost {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * POST through the guard: check, connect to the checked address only (the socket's lookup answers
 * with it, and TLS still verifies the certificate against the host name), never follow a redirect
 * (a 3xx is a failure), and give up after the time limit. Returns the status code.
 */
export async function guardedPost(
  post: OutboundPost,
  settings: OutboundSettings,
  resolve: Resolver = systemResolver,
): Promise<number> {
  const { url, addresses } = await checkDestination(post.url, settings, resolve);
  const pinned = addresses[0]!;
  const pinnedLookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [pinned]);
    } else callback(null, pinned.address, pinned.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolvePromise, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
        lookup: pinnedLookup,
        timeout: settings.timeoutMs,
        signal: AbortSignal.timeout(settings.timeoutMs),
      },
      (response: IncomingMessage) => {
        response.resume();
        response.on('end', () => resolvePromise(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${settings.timeoutMs} ms`)));
    request.on('error', reject);
    request.end(post.body);
  });
}
