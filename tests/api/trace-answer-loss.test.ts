import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACE_REPORT_LABELS } from '../../src/reports/trace-answer/trace-answer-labels';
import { TEST_DIALECTS } from '../support/test-database';
import { TRACE_REQUEST_BODY } from '../support/trace-fixtures';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';
import { facilityIn, firearmIn, recover, reportMissing, type AcquiredFirearm } from './lost-stolen-fixtures';

let keySeq = 0;
const key = () => `trace-loss-key-${keySeq++}-0000`;

// Issue #6: the answer to a trace names the last count in which the weapon was seen, and every
// loss, theft or seizure report and recovery; the quick check answers with the incident reference.
describe.each(TEST_DIALECTS)(
  'the trace answer: last count seen, loss reports and recoveries (%s)',
  (dialect) => {
    let t: TestApp;
    let armourer: SignedIn;
    let regulator: SignedIn;
    let police: SignedIn;
    let weapon: AcquiredFirearm;
    let otherFacilityId: string;
    let secondCountClosedAt: string;
    const dir = mkdtempSync(join(tmpdir(), 'trace-answer-loss-'));

    const get = (s: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });
    const post = (s: SignedIn, url: string, payload?: object) =>
      t.app.inject({ method: 'POST', url, headers: as(s), ...(payload ? { payload } : {}) });

    async function signInAll(): Promise<void> {
      armourer = await signIn(t.app, 'armero@andina.example');
      regulator = await signIn(t.app, 'regulador@custodia.example');
      police = await signIn(t.app, 'policia@custodia.example');
    }

    /** Time passes between counts (sessions are signed in again: they expire when idle). */
    async function later(minutes: number): Promise<void> {
      t.clock.advanceMinutes(minutes);
      await signInAll();
    }

    /** A count at a facility that scans these codes, closed unless told otherwise; its closing time. */
    async function count(
      facilityId: string,
      kind: 'full' | 'serial',
      scannedCodes: string[],
      isClosed = true,
    ): Promise<string | null> {
      const base = `/api/v1/organisations/${armourer.organisationId}/armoury/counts`;
      const started = await post(armourer, base, { facilityId, kind, trigger: 'monthly', isBlind: false });
      expect(started.statusCode, started.body).toBe(201);
      const id = started.json().id;
      const recorded = await post(armourer, `${base}/${id}/items`, { scannedCodes, lots: [] });
      expect(recorded.statusCode, recorded.body).toBe(200);
      if (!isClosed) return null;
      const submitted = await post(armourer, `${base}/${id}/submission`);
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json().summary.unresolved).toBe(0);
      const closed = await post(armourer, `${base}/${id}/closure`, { idempotencyKey: key() });
      expect(closed.statusCode, closed.body).toBe(200);
      return closed.json().closedAt as string;
    }

    /** A police trace for the weapon, confirmed by the regulator: the answer as sent. */
    async function tracedAnswer(): Promise<{ id: string; answer: Record<string, any> }> {
      const created = await post(police, '/api/v1/trace/requests', {
        ...TRACE_REQUEST_BODY,
        manufacturer: 'Taurus',
        serial: weapon.serial,
        serialObliterated: false,
        serialLegible: null,
      });
      expect(created.statusCode, created.body).toBe(201);
      const answered = await post(regulator, `/api/v1/trace/requests/${created.json().id}/answer`, {
        outcome: 'match',
        firearmId: weapon.firearmId,
        note: null,
      });
      expect(answered.statusCode, answered.body).toBe(200);
      return { id: created.json().id, answer: answered.json().answer };
    }

    async function pdfText(requestId: string, lang: 'es' | 'en'): Promise<string> {
      const pdf = await get(police, `/api/v1/trace/requests/${requestId}/answer.pdf?lang=${lang}`);
      expect(pdf.statusCode).toBe(200);
      const file = join(dir, `${requestId}-${lang}.pdf`);
      writeFileSync(file, pdf.rawPayload);
      return execFileSync('pdftotext', ['-layout', file, '-']).toString();
    }

    beforeAll(async () => {
      t = await createTestApp(dialect);
      await signInAll();
      weapon = await firearmIn(t, armourer.organisationId, {
        serial: 'TR-5530K9',
        manufacturer: 'Taurus',
        model: '85',
        type: 'revolver',
        calibre: '.38 SPL',
        countryOfManufacture: 'BR',
      });
      otherFacilityId = await facilityIn(t, armourer.organisationId);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await t.close();
    });

    it('names the latest closed count whose items include the weapon, not a later count elsewhere or one still open', async () => {
      await count(weapon.facilityId, 'full', [weapon.serial]);
      await later(60);
      secondCountClosedAt = (await count(weapon.facilityId, 'serial', [weapon.serial.toLowerCase()]))!;
      await later(60);
      // Later: a count at another facility that did not see it, and one still being counted that did.
      await count(otherFacilityId, 'full', []);
      await count(weapon.facilityId, 'full', [weapon.serial], false);
      await later(60);
      const { answer } = await tracedAnswer();
      expect(answer.lastCount).toEqual({
        at: secondCountClosedAt,
        facility: expect.stringContaining('Armería'),
        kind: 'serial',
      });
      expect(answer.lossReports).toEqual([]);
      expect(answer.recoveries).toEqual([]);
      expect(answer.lossOrTheft).toBeNull();
    });

    it('answers the quick check with the incident reference once the weapon is reported stolen, and the trace with the report', async () => {
      const before = await get(police, `/api/v1/trace/quick-check?serial=${weapon.serial}`);
      expect(before.json()).toEqual({
        hit: false,
        outcome: 'no-hit',
        matches: [],
        candidates: [],
        truncated: false,
      });
      await reportMissing(t, armourer.organisationId, weapon.firearmId, {
        status: 'stolen',
        incidentReference: 'PSC-ANDINA-INC-2026-0042',
        occurredAt: '2026-11-28T05:10:00.000Z',
        discoveredAt: '2026-11-28T05:30:00.000Z',
        place: 'Jr. Callao 310, Lima',
        policeReference: 'PNP-LIMA-2026-5530',
      });
      // Confusables folded: a patrol reading 5 as S and 0 as O still hits.
      const hit = await get(police, '/api/v1/trace/quick-check?serial=TR-S53OK9&manufacturer=Taurus');
      expect(hit.json()).toEqual({
        hit: true,
        outcome: 'hit',
        matches: [{ status: 'stolen', nationalReference: 'PSC-ANDINA-INC-2026-0042' }],
        candidates: [],
        truncated: false,
      });
      const { id, answer } = await tracedAnswer();
      expect(answer.holder.status).toBe('stolen');
      expect(answer.lossOrTheft).toEqual({
        status: 'stolen',
        reportedAt: expect.any(String),
        incidentReference: 'PSC-ANDINA-INC-2026-0042',
      });
      expect(answer.lossReports).toEqual([
        {
          reportedAt: answer.lossOrTheft.reportedAt,
          status: 'stolen',
          occurredAt: '2026-11-28T05:10:00.000Z',
          discoveredAt: '2026-11-28T05:30:00.000Z',
          place: 'Jr. Callao 310, Lima',
          incidentReference: 'PSC-ANDINA-INC-2026-0042',
          policeReference: 'PNP-LIMA-2026-5530',
          organisation: 'Seguridad Andina S.A.C.',
          entryId: expect.any(String),
        },
      ]);
      expect(answer.lastCount.at).toBe(secondCountClosedAt);
      for (const lang of ['es', 'en'] as const) {
        const text = await pdfText(id, lang);
        const l = TRACE_REPORT_LABELS[lang];
        expect(text).toContain(l.lossReports);
        expect(text).toContain(l.recoveries);
        expect(text).toContain(l.noRecoveries);
        expect(text).toContain('PSC-ANDINA-INC-2026-0042');
        expect(text).toContain('PNP-LIMA-2026-5530');
        expect(text).toContain(l.countKinds.serial);
      }
    });

    it('shows the recovery in the answer, and the quick check no longer hits once the authorities hold it', async () => {
      await recover(t, armourer.organisationId, weapon.firearmId, {
        custody: 'authorities',
        facilityId: null,
        place: 'Comisaría de Bellavista',
        recoveredBy: 'PNP Bellavista',
      });
      const miss = await get(police, `/api/v1/trace/quick-check?serial=${weapon.serial}`);
      expect(miss.json()).toEqual({
        hit: false,
        outcome: 'no-hit',
        matches: [],
        candidates: [],
        truncated: false,
      });
      const { id, answer } = await tracedAnswer();
      expect(answer.holder.status).toBe('seized');
      expect(answer.recoveries).toEqual([
        {
          recordedAt: expect.any(String),
          recoveredAt: '2026-11-25T18:00:00.000Z',
          place: 'Comisaría de Bellavista',
          recoveredBy: 'PNP Bellavista',
          custody: 'authorities',
          facility: null,
          organisation: 'Seguridad Andina S.A.C.',
          entryId: expect.any(String),
        },
      ]);
      // The report stays in the answer: a weapon's history is not rewritten by its recovery.
      expect(answer.lossReports.map((r: { incidentReference: string }) => r.incidentReference)).toEqual([
        'PSC-ANDINA-INC-2026-0042',
      ]);
      expect(answer.timeline.map((e: { kind: string }) => e.kind).slice(-2)).toEqual([
        'firearm-reported-missing',
        'firearm-recovered',
      ]);
      const es = await pdfText(id, 'es');
      expect(es).toContain('Comisaría de Bellavista');
      expect(es).toContain(TRACE_REPORT_LABELS.es.custodies.authorities!);
      expect(es).toContain('Recuperación');
      const en = await pdfText(id, 'en');
      expect(en).toContain(TRACE_REPORT_LABELS.en.custodies.authorities!);
      // The entry's name wraps in its timeline column: its first words are enough.
      expect(en).toContain('Reported lost');
    });
  },
);
