import { DEMO_ACCOUNTS } from '../../src/use-cases/seed-demo';
import { as, signIn, type TestApp } from './test-app';

let n = 0;

/** Fill each demo company's book through the API: a facility, firearms, moves, a lot and its use. */
export async function seedBook(t: TestApp, options: { firearmsPerCompany: number }): Promise<void> {
  const managers = DEMO_ACCOUNTS.filter((a) => a.roles.includes('psc-manager'));
  for (const account of managers) {
    const session = await signIn(t.app, account.email);
    const post = async (url: string, payload: object) => {
      n++;
      const response = await t.app.inject({
        method: 'POST',
        url,
        headers: as(session),
        payload: { idempotencyKey: `seed-book-${n}`, ...payload },
      });
      if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
      return response.json().entry;
    };
    const f1 = (
      await post('/api/v1/facilities', {
        organisationId: session.organisationId,
        code: 'ARM-1',
        name: 'Armería 1',
        kind: 'combined',
      })
    ).payload.facilityId;
    const f2 = (
      await post('/api/v1/facilities', {
        organisationId: session.organisationId,
        code: 'ARM-2',
        name: 'Armería 2',
        kind: 'armoury',
      })
    ).payload.facilityId;
    for (let i = 0; i < options.firearmsPerCompany; i++) {
      const entry = await post(`/api/v1/organisations/${session.organisationId}/firearms`, {
        facilityId: f1,
        source: { kind: 'supplier', name: 'Proveedor' },
        type: i % 2 ? 'pistol' : 'revolver',
        manufacturer: i % 2 ? 'Glock' : 'Taurus',
        model: i % 2 ? '17' : '82',
        calibre: i % 2 ? '9mm' : '.38 SPL',
        serial: `${account.organisationCode}-${i}`,
        // Sequential serials differ by 1 and 7, which read alike (tracing's folding): a different weapon each.
        confirmDifferentFromLookalikes: true,
        countryOfManufacture: i % 2 ? 'AT' : 'BR',
      });
      if (i % 3 === 0) await post(`/api/v1/firearms/${entry.payload.firearmId}/moves`, { toFacilityId: f2 });
    }
    const lot = await post(`/api/v1/organisations/${session.organisationId}/ammunition`, {
      facilityId: f1,
      rounds: 5000,
      lotNumber: 'L-1',
      calibre: '9mm',
      manufacturer: 'CBC',
      unNumber: '0012',
    });
    await post(`/api/v1/ammunition-lots/${lot.payload.lotId}/consumption`, {
      facilityId: f1,
      rounds: 120,
      reason: 'training',
    });
  }
}
