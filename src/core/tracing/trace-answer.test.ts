import { describe, expect, it } from 'vitest';
import { assembleTraceAnswer, type AnswerEntry, type TracedFirearm } from './trace-answer';

const FIREARM: TracedFirearm = {
  firearmId: 'f-1',
  serial: '4A7 1B2',
  manufacturer: 'Taurus',
  model: '82',
  type: 'revolver',
  calibre: '.38 Special',
  countryOfManufacture: 'BR',
  yearOfManufacture: 2019,
  importCountry: 'PE',
  importYear: 2020,
  status: 'in-store',
  organisationId: 'callao',
  facilityId: 'arm-c',
};
const NAMES = {
  organisation: (id: string) => ({ andina: 'Seguridad Andina', callao: 'Protección Callao' })[id] ?? id,
  facility: (id: string) => ({ 'arm-a': 'ARM-A', 'arm-c': 'ARM-C' })[id] ?? id,
  person: (id: string) => ({ 'p-7': 'Juan Pérez (40123456)' })[id] ?? id,
};
const acquisition: AnswerEntry = {
  id: 'e1',
  kind: 'acquisition',
  recordedAt: '2026-01-10T15:00:00.000Z',
  organisationId: 'andina',
  payload: {
    firearmId: 'f-1',
    facilityId: 'arm-a',
    source: { kind: 'importer', name: 'Importadora Lima', reference: 'DUA-1' },
    firearm: {},
    markings: [],
  },
};
const transferOut: AnswerEntry = {
  id: 'e2',
  kind: 'transfer-out',
  recordedAt: '2026-05-02T14:00:00.000Z',
  organisationId: 'andina',
  payload: { firearmId: 'f-1', toOrganisationId: 'callao', reference: 'C-9' },
};
const transferIn: AnswerEntry = {
  id: 'e3',
  kind: 'transfer-in',
  recordedAt: '2026-05-03T14:00:00.000Z',
  organisationId: 'callao',
  payload: { firearmId: 'f-1', fromOrganisationId: 'andina', facilityId: 'arm-c' },
};

describe('assembling the answer to a trace from the ledger', () => {
  it('names how the weapon entered the sector, every transfer and the holder, whatever order the entries come in', () => {
    const answer = assembleTraceAnswer(FIREARM, [transferIn, acquisition, transferOut], NAMES);
    expect(answer.enteredSector).toEqual({
      at: '2026-01-10T15:00:00.000Z',
      organisation: 'Seguridad Andina',
      facility: 'ARM-A',
      sourceKind: 'importer',
      sourceName: 'Importadora Lima',
      sourceReference: 'DUA-1',
    });
    expect(answer.transfers).toEqual([
      { at: '2026-05-02T14:00:00.000Z', from: 'Seguridad Andina', to: 'Protección Callao', reference: 'C-9' },
    ]);
    expect(answer.holder).toEqual({
      organisation: 'Protección Callao',
      facility: 'ARM-C',
      status: 'in-store',
    });
    expect(answer.timeline.map((e) => e.kind)).toEqual(['acquisition', 'transfer-out', 'transfer-in']);
    expect(answer).toMatchObject({
      lastIssue: null,
      lastCount: null,
      lossOrTheft: null,
      nationalReference: 'f-1',
    });
  });

  it('reads the last issue to a guard, whatever order the entries come in', () => {
    const issue = (at: string, guard: string): AnswerEntry => ({
      id: `i-${at}`,
      kind: 'firearm-issued',
      recordedAt: at,
      organisationId: 'callao',
      payload: { firearmId: 'f-1', guardName: guard, shift: 'night', facilityId: 'arm-c' },
    });
    const answer = assembleTraceAnswer(
      FIREARM,
      [
        acquisition,
        issue('2026-11-17T03:00:00.000Z', 'J. Pérez'),
        issue('2026-11-01T03:00:00.000Z', 'A. Early'),
      ],
      NAMES,
    );
    expect(answer.lastIssue).toEqual({
      at: '2026-11-17T03:00:00.000Z',
      guard: 'J. Pérez',
      shift: 'night',
      facility: 'ARM-C',
    });
  });

  it('names the guard of an armoury issue entry (personnelId)', () => {
    const answer = assembleTraceAnswer(
      FIREARM,
      [
        acquisition,
        {
          id: 'i1',
          kind: 'firearm-issued',
          recordedAt: '2026-11-20T03:00:00.000Z',
          organisationId: 'callao',
          payload: { firearmId: 'f-1', personnelId: 'p-7', shift: 'night', facilityId: 'arm-c' },
        },
      ],
      NAMES,
    );
    expect(answer.lastIssue?.guard).toBe('Juan Pérez (40123456)');
  });

  it('gives the latest closed count that saw the weapon: when it closed, where, and which kind', () => {
    const answer = assembleTraceAnswer(FIREARM, [acquisition], NAMES, [
      { countId: 'c1', facilityId: 'arm-a', closedAt: '2026-03-01T12:00:00.000Z', kind: 'full' },
      { countId: 'c3', facilityId: 'arm-c', closedAt: '2026-11-21T12:00:00.000Z', kind: 'serial' },
      { countId: 'c2', facilityId: 'arm-c', closedAt: '2026-08-01T12:00:00.000Z', kind: 'full' },
    ]);
    expect(answer.lastCount).toEqual({ at: '2026-11-21T12:00:00.000Z', facility: 'ARM-C', kind: 'serial' });
    expect(assembleTraceAnswer(FIREARM, [acquisition], NAMES, []).lastCount).toBeNull();
  });

  it('lists every loss, theft or seizure report and every recovery, and names the latest report', () => {
    const stolen: AnswerEntry = {
      id: 'm1',
      kind: 'firearm-reported-missing',
      recordedAt: '2026-11-22T02:00:00.000Z',
      organisationId: 'callao',
      payload: {
        firearmId: 'f-1',
        status: 'stolen',
        occurredAt: '2026-11-21T23:40:00.000Z',
        discoveredAt: '2026-11-21T23:50:00.000Z',
        place: 'Av. Argentina 2450, Callao',
        incidentId: 'inc-1',
        incidentReference: 'CALLAO-INC-2026-0003',
        policeReference: 'PNP-88121',
        note: null,
      },
    };
    const recovered: AnswerEntry = {
      id: 'r1',
      kind: 'firearm-recovered',
      recordedAt: '2026-11-25T10:00:00.000Z',
      organisationId: 'callao',
      payload: {
        firearmId: 'f-1',
        recoveredAt: '2026-11-24T18:00:00.000Z',
        place: 'Comisaría de Bellavista',
        recoveredBy: 'PNP Bellavista',
        custody: 'authorities',
        facilityId: null,
        incidentId: 'inc-1',
        note: null,
      },
    };
    const answer = assembleTraceAnswer(
      { ...FIREARM, status: 'seized' },
      [recovered, acquisition, stolen],
      NAMES,
    );
    expect(answer.lossReports).toEqual([
      {
        reportedAt: '2026-11-22T02:00:00.000Z',
        status: 'stolen',
        occurredAt: '2026-11-21T23:40:00.000Z',
        discoveredAt: '2026-11-21T23:50:00.000Z',
        place: 'Av. Argentina 2450, Callao',
        incidentReference: 'CALLAO-INC-2026-0003',
        policeReference: 'PNP-88121',
        organisation: 'Protección Callao',
        entryId: 'm1',
      },
    ]);
    expect(answer.recoveries).toEqual([
      {
        recordedAt: '2026-11-25T10:00:00.000Z',
        recoveredAt: '2026-11-24T18:00:00.000Z',
        place: 'Comisaría de Bellavista',
        recoveredBy: 'PNP Bellavista',
        custody: 'authorities',
        facility: null,
        organisation: 'Protección Callao',
        entryId: 'r1',
      },
    ]);
    expect(answer.lossOrTheft).toEqual({
      status: 'stolen',
      reportedAt: '2026-11-22T02:00:00.000Z',
      incidentReference: 'CALLAO-INC-2026-0003',
    });
    const details = answer.timeline.map((item) => [item.kind, item.details]);
    expect(details).toContainEqual([
      'firearm-reported-missing',
      {
        status: 'stolen',
        place: 'Av. Argentina 2450, Callao',
        reference: 'CALLAO-INC-2026-0003',
        police: 'PNP-88121',
      },
    ]);
    expect(details).toContainEqual([
      'firearm-recovered',
      { place: 'Comisaría de Bellavista', recoveredBy: 'PNP Bellavista', custody: 'authorities' },
    ]);
  });

  it('reports a weapon recorded stolen even before incidents record thefts as entries', () => {
    const answer = assembleTraceAnswer({ ...FIREARM, status: 'stolen' }, [acquisition], NAMES);
    expect(answer.lossOrTheft).toEqual({ status: 'stolen', reportedAt: null, incidentReference: null });
    expect(answer.lossReports).toEqual([]);
  });
});
