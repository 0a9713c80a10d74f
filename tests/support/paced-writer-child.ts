// A writer process for the backup test: appends acquisitions at a steady rate (argument: per
// second), on its own connection, and prints "ack" after each commit returns.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../src/core/access/actor';
import { openDatabase } from '../../src/storage/database';
import { createContext, DEFAULT_SECURITY_SETTINGS } from '../../src/use-cases/context';
import { acquireFirearm } from '../../src/use-cases/registry/acquire-firearm';

const [databaseUrl, file, organisationId, facilityId, userId, perSecond] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const database = openDatabase({ databaseUrl: databaseUrl || undefined, sqliteFile: file });
const ctx = createContext(database, DEFAULT_SECURITY_SETTINGS, {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
});
const actor = {
  userId,
  apiTokenId: null,
  organisationId,
  organisationKind: 'psc',
  countryCode: 'PE',
  roles: ['psc-manager'],
} as unknown as Actor;
const tag = randomBytes(4).toString('hex');
const interval = 1000 / Number(perSecond);
const started = performance.now();

for (let i = 0; ; i++) {
  const wait = started + i * interval - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await acquireFirearm(ctx, actor, organisationId, {
    idempotencyKey: `paced-${tag}-${i}`,
    facilityId,
    source: { kind: 'supplier', name: 'S', reference: null },
    type: 'revolver',
    manufacturer: 'Taurus',
    model: '82',
    calibre: '.38 SPL',
    serial: `BK${tag}-${i}`,
    // Sequential serials differ by 1 and 7, which read alike (tracing's folding): a different weapon each.
    confirmDifferentFromLookalikes: true,
    serialAssigned: false,
    countryOfManufacture: 'BR',
    yearOfManufacture: null,
    importCountry: null,
    importYear: null,
    componentSerials: [],
    permitNumber: null,
    permitExpiresOn: null,
    markings: [],
  });
  process.stdout.write('ack\n');
}
