import { as, signIn, type SignedIn, type TestApp } from '../support/test-app';

/** The demo company PSC-ANDINA's armoury as the armoury tests use it. */
export interface ArmouryFixture {
  readonly organisationId: string;
  readonly armourer: SignedIn;
  readonly manager: SignedIn;
  readonly regulator: SignedIn;
  readonly facilityId: string;
  readonly lotId: string;
  readonly firearms: ReadonlyArray<{
    id: string;
    type: string;
    serial: string;
    calibreId: string;
    permitExpiresOn: string | null;
  }>;
  readonly personnel: ReadonlyArray<{ id: string; fullName: string; badgeCode: string; nationalId: string }>;
  readonly posts: ReadonlyArray<{ id: string; name: string }>;
}

export async function call(
  t: TestApp,
  session: SignedIn,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) {
  return t.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });
}

export async function armouryFixture(t: TestApp): Promise<ArmouryFixture> {
  const armourer = await signIn(t.app, 'armero@andina.example');
  const manager = await signIn(t.app, 'gerente@andina.example');
  const regulator = await signIn(t.app, 'regulador@custodia.example');
  const organisationId = armourer.organisationId;
  const facilities = (
    await call(t, armourer, 'GET', `/api/v1/facilities?organisationId=${organisationId}`)
  ).json();
  const firearms = (
    await call(t, armourer, 'GET', `/api/v1/firearms?organisationId=${organisationId}&limit=500`)
  ).json();
  const lots = (
    await call(t, armourer, 'GET', `/api/v1/ammunition-lots?organisationId=${organisationId}`)
  ).json();
  const personnel = (
    await call(t, armourer, 'GET', `/api/v1/organisations/${organisationId}/personnel`)
  ).json();
  const clients = (await call(t, armourer, 'GET', `/api/v1/organisations/${organisationId}/clients`)).json();
  if (!personnel.items?.length) throw new Error(`no demo personnel: ${JSON.stringify(personnel)}`);
  return {
    organisationId,
    armourer,
    manager,
    regulator,
    facilityId: facilities.items[0].id,
    lotId: lots.items[0].id,
    firearms: firearms.items,
    personnel: personnel.items,
    posts: clients.items.flatMap((c: any) => c.sites.flatMap((s: any) => s.posts)),
  };
}

export function person(f: ArmouryFixture, fullName: string) {
  const found = f.personnel.find((p) => p.fullName === fullName);
  if (!found) throw new Error(`no ${fullName}`);
  return found;
}

export function post(f: ArmouryFixture, name: string) {
  const found = f.posts.find((p) => p.name === name);
  if (!found) throw new Error(`no post ${name}`);
  return found;
}

/** A revolver in store with a valid permit (the demo .38 lot fits it). */
export function revolvers(f: ArmouryFixture) {
  return f.firearms.filter(
    (x) =>
      x.type === 'revolver' && x.calibreId === '38-special' && (x.permitExpiresOn ?? '9999') > '2026-12-31',
  );
}

let keys = 0;
export function key(prefix = 'k'): string {
  keys++;
  return `${prefix}-${keys}-${Math.random().toString(36).slice(2, 10)}`;
}
