// A writer process for the crash test: appends acquisitions one by one and in all-or-nothing
// batches (as an import does), and prints "ack <entry id>" only after each commit returns.
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../src/storage/database';
import type { Actor } from '../../src/core/access/actor';
import { createContext, DEFAULT_SECURITY_SETTINGS } from '../../src/use-cases/context';
import { importFirearmRows } from '../../src/use-cases/registry/import-firearms';
import { acquireFirearm } from '../../src/use-cases/registry/acquire-firearm';

const [file, organisationId, facilityId, userId] = process.argv.slice(2) as [string, string, string, string];
const database = openDatabase({ databaseUrl: undefined, sqliteFile: file });
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

for (let i = 0; ; i++) {
  if (i % 5 === 4) {
    const rows = Array.from({ length: 40 }, (_, j) => ({
      serial: `B${tag}-${i}-${j}`,
      manufacturer: 'Glock',
      model: '17',
      type: 'pistol',
      calibre: '9mm',
      country_of_manufacture: 'AT',
      facility: 'ARM-1',
    }));
    const result = await importFirearmRows(ctx, actor, {
      organisationId,
      rows: rows.map((record, k) => ({ line: k + 2, record })),
      defaultFacilityCode: null,
      dryRun: false,
      collectEntryIds: true,
    });
    if (!result.committed) throw new Error('batch refused');
    process.stdout.write(`batch ${result.entryIds.join(' ')}\n`);
  } else {
    const written = await acquireFirearm(ctx, actor, organisationId, {
      idempotencyKey: `crash-${tag}-${i}`,
      facilityId,
      source: { kind: 'supplier', name: 'S', reference: null },
      type: 'revolver',
      manufacturer: 'Taurus',
      model: '82',
      calibre: '.38 SPL',
      serial: `S${tag}-${i}`,
      // Sequential serials (1 and 7 fold together): confirmed different weapons.
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
    process.stdout.write(`ack ${written.entry.id}\n`);
  }
}
