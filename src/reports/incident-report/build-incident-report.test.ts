import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIncidentReport } from './build-incident-report';
import { INCIDENT_REPORT_TEXT } from './incident-report-labels';
import type { IncidentReportView } from './incident-report-view';

const VIEW: IncidentReportView = {
  reference: 'SEGUR-INC-2026-0007',
  companyName: 'Seguridad Andina S.A.C.',
  companyCode: 'SEGUR',
  kind: 'robbery-of-guard',
  status: 'information-requested',
  occurredAt: '2026-11-27T22:40:00.000Z',
  discoveredAt: '2026-11-27T22:55:00.000Z',
  place: 'Av. Argentina 2450, Callao — puesto 3',
  persons: [
    { name: 'Juan Pérez Quispe', role: 'guard', injured: true },
    { name: 'Rosa Huamán', role: 'witness', injured: false },
  ],
  weapons: [
    {
      serial: 'TA-4471B2',
      manufacturer: 'Taurus',
      model: '82',
      calibre: '.38 Special',
      type: 'revolver',
      status: 'stolen',
      role: 'missing',
    },
  ],
  ammunition: [{ lot: 'CBC-38-2025-11', calibre: '.38 Special', rounds: 12 }],
  injuries: 'Contusión en el brazo izquierdo del vigilante; atendido en el Hospital Carrión.',
  damage: 'Caseta del puesto con la puerta forzada.',
  circumstances:
    'Dos personas armadas redujeron al vigilante al cambio de turno y se llevaron el revólver con su munición.',
  measuresTaken: 'Denuncia policial inmediata; refuerzo del puesto; revisión de las cámaras.',
  policeReportNumber: 'PNP-CALLAO-2026-88121',
  notificationsMade: 'Cliente (Terminal Norte) a las 23:10; SUCAMEC por la aplicación.',
  clocks: [
    {
      name: 'notification',
      dueAt: '2026-11-28T22:55:00.000Z',
      state: 'met',
      at: '2026-11-28T01:15:00.000Z',
    },
    { name: 'follow-up', dueAt: '2026-12-07T22:55:00.000Z', state: 'pending', at: null },
  ],
  messages: [
    {
      author: 'Ana Torres',
      organisation: 'SUCAMEC',
      at: '2026-11-28T09:00:00.000Z',
      kind: 'request',
      text: 'Envíen la copia de la denuncia y el parte médico del vigilante.',
    },
  ],
  outcome: null,
  closedAt: null,
  reportedBy: 'Carlos Ríos (gerente)',
  reportedAt: '2026-11-28T01:15:00.000Z',
  generatedAt: '2026-11-28T10:00:00.000Z',
};

const dir = mkdtempSync(join(tmpdir(), 'incident-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function textOf(view: IncidentReportView, language: 'es' | 'en'): Promise<string> {
  const pdf = await buildIncidentReport(view, language);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const file = join(dir, `${view.reference}-${language}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

describe('the incident report (ICoC para 63)', () => {
  it.each(['es', 'en'] as const)(
    'carries the reference and every section heading in %s, with the facts as recorded',
    async (language) => {
      const text = await textOf(VIEW, language);
      const t = INCIDENT_REPORT_TEXT[language];
      expect(text).toContain('SEGUR-INC-2026-0007');
      expect(text).toContain(t.title);
      for (const heading of Object.values(t.sections)) expect(text).toContain(heading);
      expect(text).toContain(t.kinds['robbery-of-guard']);
      expect(text).toContain(t.statuses['information-requested']);
      expect(text).toContain('TA-4471B2');
      expect(text).toContain('CBC-38-2025-11');
      expect(text).toContain('PNP-CALLAO-2026-88121');
      expect(text).toContain('Juan Pérez Quispe');
      expect(text).toContain(t.clockNames.notification);
      expect(text).toContain(t.clockStates.met);
      expect(text).toContain(t.clockStates.pending);
      expect(text).toContain('2026-11-27 22:55 UTC');
      expect(text).toContain(t.notClosed);
      expect(text).toContain(t.weaponRoles.missing);
      expect(text).toContain(t.messageKinds.request);
    },
  );

  it('says the Spanish report in Spanish and the English one in English', async () => {
    const es = await textOf(VIEW, 'es');
    const en = await textOf(VIEW, 'en');
    expect(es).toContain('Robo a un vigilante');
    expect(es).not.toContain('Robbery of a guard');
    expect(en).toContain('Robbery of a guard');
    expect(en).toContain('Stolen');
    expect(es).toContain('Robada');
  });

  it('shows the outcome once the regulator closes it, and says "none recorded" for empty parts', async () => {
    const closed: IncidentReportView = {
      ...VIEW,
      status: 'closed',
      persons: [],
      ammunition: [],
      messages: [],
      policeReportNumber: null,
      occurredAt: null,
      outcome: 'Arma recuperada por la PNP; caso archivado.',
      closedAt: '2026-12-02T15:00:00.000Z',
    };
    const text = await textOf(closed, 'en');
    expect(text).toContain('Arma recuperada por la PNP; caso archivado.');
    expect(text).toContain('2026-12-02 15:00 UTC');
    expect(text).not.toContain(INCIDENT_REPORT_TEXT.en.notClosed);
    expect(text).toContain(INCIDENT_REPORT_TEXT.en.noneRecorded);
    expect(text).toContain(INCIDENT_REPORT_TEXT.en.unknown);
  });
});
