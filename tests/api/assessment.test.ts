import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentDetail, TemplateVersionDetail } from '../../src/contracts/assessment';
import { TEST_DIALECTS } from '../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';
import { solidPng } from './assessment-fixtures';

describe.each(TEST_DIALECTS)('armoury assessments through the API (%s)', (dialect) => {
  let t: TestApp;
  let assessor: SignedIn;
  let regulator: SignedIn;
  let company: SignedIn;
  let otherCompany: SignedIn;
  let programme: SignedIn;
  let admin: SignedIn;
  let facilityId: string;
  let armoury: TemplateVersionDetail;

  const send = (s: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: as(s), ...(payload ? { payload } : {}) });

  /** Every scored item yes, number items a count, then the overrides. */
  function answersFor(template: TemplateVersionDetail, overrides: Record<string, string>) {
    const answers: Record<string, string | number> = {};
    for (const section of template.content.sections)
      for (const item of section.items)
        answers[item.id] = item.answerType === 'number' ? 10 : item.answerType === 'text' ? 'ok' : 'yes';
    return { ...answers, ...overrides };
  }

  async function plan(s: SignedIn, kind = 'voluntary', plannedOn = '2026-11-20'): Promise<AssessmentDetail> {
    const response = await send(s, 'POST', '/assessments', {
      kind,
      facilityId,
      templateVersionId: armoury.id,
      plannedOn,
      assessors: ['Elena Evaluadora', 'Otro Evaluador'],
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    assessor = await signIn(t.app, 'evaluador@custodia.example');
    regulator = await signIn(t.app, 'regulador@custodia.example');
    company = await signIn(t.app, 'gerente@pacifico.example');
    otherCompany = await signIn(t.app, 'gerente@callao.example');
    programme = await signIn(t.app, 'programa@custodia.example');
    admin = await signIn(t.app, 'admin@custodia.example');
    const facilities = await send(company, 'GET', '/facilities');
    facilityId = facilities.json().items[0].id;
    const templates = (await send(assessor, 'GET', '/assessment-templates')).json();
    const key = templates.items.find((i: { key: string }) => i.key === 'armoury-stockpile');
    armoury = (
      await send(assessor, 'GET', `/assessment-templates/versions/${key.latestPublished.id}`)
    ).json();
  });
  afterAll(async () => t.close());

  describe('checklists as versioned content', () => {
    it('ships the three checklists as published version 1, once however often they are loaded', async () => {
      const list = (await send(assessor, 'GET', '/assessment-templates')).json();
      await send(company, 'GET', '/assessment-templates');
      expect(list.items.map((i: { key: string }) => i.key).sort()).toEqual([
        'armoury-stockpile',
        'icoc-weapons',
        'stockpile-sops',
      ]);
      for (const item of list.items)
        expect(item.latestPublished).toMatchObject({ version: 1, status: 'published' });
      const rows = await t.ctx.database.db.selectFrom('assessment_template_version').select('id').execute();
      expect(rows).toHaveLength(3);
    });

    it('never changes a published version: editing makes a new draft, saved with field errors, then published', async () => {
      const saveV1 = await send(programme, 'PUT', `/assessment-templates/versions/${armoury.id}`, {
        content: armoury.content,
      });
      expect(saveV1.statusCode).toBe(409);
      expect(saveV1.json().error.code).toBe('TEMPLATE_VERSION_PUBLISHED');

      expect(
        (await send(assessor, 'POST', `/assessment-templates/versions/${armoury.id}/drafts`)).statusCode,
      ).toBe(403);
      const draftResponse = await send(
        programme,
        'POST',
        `/assessment-templates/versions/${armoury.id}/drafts`,
      );
      expect(draftResponse.statusCode, draftResponse.body).toBe(201);
      const draft = draftResponse.json() as TemplateVersionDetail;
      expect(draft).toMatchObject({
        key: 'armoury-stockpile',
        version: 2,
        status: 'draft',
        basedOnId: armoury.id,
      });
      // Drafts are the editors' business.
      expect((await send(assessor, 'GET', `/assessment-templates/versions/${draft.id}`)).statusCode).toBe(
        404,
      );

      const broken = structuredClone(draft.content);
      broken.sections[0]!.items[0]!.weight = 0;
      broken.sections[1]!.title.en = '';
      const refused = await send(programme, 'PUT', `/assessment-templates/versions/${draft.id}`, {
        content: broken,
      });
      expect(refused.statusCode).toBe(400);
      const paths = refused.json().error.details.fields.map((f: { path: string }) => f.path);
      expect(paths).toEqual(['content.sections[0].items[0].weight', 'content.sections[1].title.en']);

      const edited = structuredClone(draft.content);
      edited.sections[0]!.items.reverse();
      edited.title.en = 'Armoury (revised)';
      const saved = await send(programme, 'PUT', `/assessment-templates/versions/${draft.id}`, {
        content: edited,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const published = await send(
        programme,
        'POST',
        `/assessment-templates/versions/${draft.id}/publication`,
      );
      expect(published.json()).toMatchObject({ status: 'published', title: { en: 'Armoury (revised)' } });
      const savePublished = await send(programme, 'PUT', `/assessment-templates/versions/${draft.id}`, {
        content: edited,
      });
      expect(savePublished.statusCode).toBe(409);
      expect(savePublished.json().error.code).toBe('TEMPLATE_VERSION_PUBLISHED');

      const original = (await send(assessor, 'GET', `/assessment-templates/versions/${armoury.id}`)).json();
      expect(original.content).toEqual(armoury.content);
    });
  });

  describe('a voluntary assessment and its follow-up', () => {
    let first: AssessmentDetail;

    it('is planned by an assessor, conducted with autosave, and refused at submission without a required photo', async () => {
      first = await plan(assessor);
      expect(first).toMatchObject({ status: 'planned', kind: 'voluntary', templateVersion: 1 });
      expect(
        (await send(company, 'PUT', `/assessments/${first.id}/answers`, { answers: { windows: 'yes' } }))
          .statusCode,
      ).toBe(403);

      const partial = await send(assessor, 'PUT', `/assessments/${first.id}/answers`, {
        answers: { 'holdings-record': 'yes', 'key-issue': 'no' },
        notes: { 'key-issue': 'Llaves sin registro' },
      });
      expect(partial.json()).toMatchObject({ status: 'in-progress', answered: 2 });
      const bad = await send(assessor, 'PUT', `/assessments/${first.id}/answers`, {
        answers: { 'key-issue': 'maybe', ghost: 'yes' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
        'answers.key-issue',
        'answers.ghost',
      ]);

      const rest = answersFor(armoury, { 'key-issue': 'no', windows: 'no' });
      await send(assessor, 'PUT', `/assessments/${first.id}/answers`, { answers: rest });
      const resumed = (await send(assessor, 'GET', `/assessments/${first.id}`)).json() as AssessmentDetail;
      expect(resumed.answers['key-issue']).toBe('no');
      expect(resumed.notes['key-issue']).toBe('Llaves sin registro');

      const refused = await send(assessor, 'POST', `/assessments/${first.id}/submission`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details.fields).toEqual([
        { path: 'answers.windows', message: 'a photo is required when the answer is not yes' },
      ]);
    });

    it('stores photos checked by their bytes, served with the assessment’s access', async () => {
      const upload = (body: Buffer, type: string) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/assessments/${first.id}/photos?itemId=windows`,
          headers: { ...as(assessor), 'content-type': type },
          payload: body,
        });
      expect((await upload(Buffer.from('not an image at all'), 'image/png')).statusCode).toBe(415);
      expect((await upload(Buffer.alloc(5 * 1024 * 1024 + 10, 0xff), 'image/jpeg')).statusCode).toBe(413);
      const png = solidPng();
      const stored = await upload(png, 'image/png');
      expect(stored.statusCode, stored.body).toBe(201);
      const photo = stored.json();
      expect(photo).toMatchObject({ itemId: 'windows', contentType: 'image/png', byteLength: png.length });

      const served = await send(company, 'GET', `/assessments/${first.id}/photos/${photo.id}`);
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect(Buffer.from(served.rawPayload).equals(png)).toBe(true);
      expect(
        (await send(otherCompany, 'GET', `/assessments/${first.id}/photos/${photo.id}`)).statusCode,
      ).toBe(404);
      expect((await send(regulator, 'GET', `/assessments/${first.id}/photos/${photo.id}`)).statusCode).toBe(
        404,
      );
    });

    it('scores at submission and writes findings with their severity; answers no longer change', async () => {
      const submitted = await send(assessor, 'POST', `/assessments/${first.id}/submission`);
      expect(submitted.statusCode, submitted.body).toBe(200);
      first = submitted.json();
      expect(first.status).toBe('submitted');
      expect(first.achievedLevel).toBe(0);
      expect(first.result!.levels['1'].criticalFailed).toEqual(['key-issue']);
      expect(first.findings.map((f) => [f.itemId, f.severity])).toEqual([
        ['key-issue', 'critical'],
        ['windows', 'major'],
      ]);
      const afterSubmit = await send(assessor, 'PUT', `/assessments/${first.id}/answers`, {
        answers: { windows: 'yes' },
      });
      expect(afterSubmit.statusCode).toBe(409);
      expect(afterSubmit.json().error.code).toBe('ASSESSMENT_SUBMITTED');
    });

    it('is invisible to the regulator and the programme until the company consents', async () => {
      expect((await send(regulator, 'GET', `/assessments/${first.id}`)).statusCode).toBe(404);
      expect((await send(regulator, 'GET', `/assessments/${first.id}/report.pdf`)).statusCode).toBe(404);
      expect((await send(programme, 'GET', `/assessments/${first.id}`)).statusCode).toBe(404);
      const ids = async (s: SignedIn) =>
        ((await send(s, 'GET', '/assessments')).json().items as Array<{ id: string }>).map((i) => i.id);
      expect(await ids(regulator)).not.toContain(first.id);
      expect(await ids(company)).toContain(first.id);
      expect(await ids(otherCompany)).not.toContain(first.id);

      expect(
        (await send(assessor, 'PUT', `/assessments/${first.id}/sharing`, { isSharedWithRegulator: true }))
          .statusCode,
      ).toBe(403);
      const shared = await send(company, 'PUT', `/assessments/${first.id}/sharing`, {
        isSharedWithRegulator: true,
      });
      expect(shared.json()).toMatchObject({ isSharedWithRegulator: true, isSharedWithProgramme: false });
      expect((await send(regulator, 'GET', `/assessments/${first.id}`)).statusCode).toBe(200);
      expect(await ids(regulator)).toContain(first.id);
      expect(await ids(programme)).not.toContain(first.id);

      await send(company, 'PUT', `/assessments/${first.id}/sharing`, { isSharedWithProgramme: true });
      expect(await ids(programme)).toContain(first.id);
      await send(company, 'PUT', `/assessments/${first.id}/sharing`, { isSharedWithRegulator: false });
      expect((await send(regulator, 'GET', `/assessments/${first.id}`)).statusCode).toBe(404);
    });

    it('keeps a corrective action plan the company updates, with overdue actions flagged', async () => {
      const findingId = first.findings[0]!.id;
      await send(assessor, 'POST', `/assessments/${first.id}/recommendations`, {
        findingId,
        clause: 'IATG 09.10 Keys',
        text: 'Registro de llaves con firma',
      });
      const late = await send(company, 'POST', `/assessments/${first.id}/corrective-actions`, {
        findingId,
        description: 'Registro de llaves',
        owner: 'Jefe de armería',
        dueOn: '2026-11-27',
      });
      expect(late.statusCode, late.body).toBe(201);
      expect(late.json()).toMatchObject({ status: 'open', isOverdue: true });
      const onTime = await send(company, 'POST', `/assessments/${first.id}/corrective-actions`, {
        description: 'Rejas en ventanas',
        owner: 'Mantenimiento',
        dueOn: '2026-12-31',
      });
      expect(onTime.json().isOverdue).toBe(false);
      expect(
        (
          await send(otherCompany, 'POST', `/assessments/${first.id}/corrective-actions`, {
            description: 'x',
            owner: 'y',
            dueOn: '2026-12-31',
          })
        ).statusCode,
      ).toBe(404);

      const list = (await send(company, 'GET', '/assessments')).json().items;
      expect(list.find((i: { id: string }) => i.id === first.id).overdueActions).toBe(1);

      const actionUrl = `/assessments/${first.id}/corrective-actions/${late.json().id}`;
      expect((await send(company, 'PUT', actionUrl, { status: 'verified' })).statusCode).toBe(403);
      const done = await send(company, 'PUT', actionUrl, {
        status: 'done',
        evidence: 'Libro de llaves abierto',
      });
      expect(done.json()).toMatchObject({
        status: 'done',
        isOverdue: false,
        evidence: 'Libro de llaves abierto',
      });
      const verified = await send(assessor, 'PUT', actionUrl, { status: 'verified' });
      expect(verified.json().status).toBe('verified');
    });

    it('compares a follow-up with the previous assessment of the facility', async () => {
      t.clock.advanceMinutes(1);
      const followUp = await plan(assessor, 'voluntary', '2026-12-28');
      await send(assessor, 'PUT', `/assessments/${followUp.id}/answers`, {
        answers: answersFor(armoury, { 'risk-review': 'no' }),
      });
      const submitted = (await send(assessor, 'POST', `/assessments/${followUp.id}/submission`)).json();
      expect(submitted.achievedLevel).toBeGreaterThanOrEqual(1);
      expect(submitted.previousAssessmentId).toBe(first.id);
      const comparison = (await send(assessor, 'GET', `/assessments/${followUp.id}/comparison`)).json();
      expect(comparison.previous.id).toBe(first.id);
      expect(comparison.comparison.achievedLevel).toEqual({ previous: 0, current: submitted.achievedLevel });
      expect(comparison.comparison.findings.closed.map((f: { itemId: string }) => f.itemId)).toEqual([
        'key-issue',
        'windows',
      ]);
      expect(comparison.comparison.findings.opened.map((f: { itemId: string }) => f.itemId)).toEqual([
        'risk-review',
      ]);
      expect(comparison.comparison.findings.stillOpen).toEqual([]);

      // The programme sees the progress only over what was shared with it.
      const before = (await send(programme, 'GET', '/assessments/programme-overview')).json();
      expect(before.progress.filter((p: { facilityId: string }) => p.facilityId === facilityId)).toEqual([]);
      await send(company, 'PUT', `/assessments/${followUp.id}/sharing`, { isSharedWithProgramme: true });
      const after = (await send(programme, 'GET', '/assessments/programme-overview')).json();
      expect(after.progress.find((p: { facilityId: string }) => p.facilityId === facilityId)).toMatchObject({
        firstLevel: 0,
        latestLevel: submitted.achievedLevel,
        assessments: 2,
      });
      expect(after.mostFailedItems.map((i: { itemId: string }) => i.itemId)).toContain('key-issue');
      expect(after.levelsByCountry[0].countryCode).toBe('PE');
    });

    it('prints the report as a PDF in Spanish and in English', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'h4-report-'));
      for (const [lang, headings] of [
        [
          'es',
          [
            'Informe de evaluación de armería',
            'Resumen',
            'Hallazgos y recomendaciones',
            'Plan de acciones correctivas',
            'Anexo',
          ],
        ],
        [
          'en',
          [
            'Armoury assessment report',
            'Summary',
            'Findings and recommendations',
            'Corrective action plan',
            'Annex',
          ],
        ],
      ] as const) {
        const response = await send(company, 'GET', `/assessments/${first.id}/report.pdf?lang=${lang}`);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/pdf');
        const file = join(dir, `report-${lang}.pdf`);
        writeFileSync(file, response.rawPayload);
        const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
        for (const heading of headings) expect(text).toContain(heading);
        expect(text).toContain('Vigilancia del Pacífico S.A.');
        expect(text).toContain('key-issue');
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
        expect(pages).toBeGreaterThanOrEqual(5);
        expect(pages).toBeLessThan(40);
      }
      expect((await send(admin, 'GET', `/assessments/${first.id}/report.pdf?lang=fr`)).statusCode).toBe(400);
    });
  });

  it('lets a regulator inspect only the companies it licenses, and a company assess itself', async () => {
    const inspection = await plan(regulator, 'inspection');
    expect(inspection.conductedByOrganisationId).toBe(regulator.organisationId);
    expect((await send(company, 'GET', `/assessments/${inspection.id}`)).statusCode).toBe(200);
    expect(
      (await send(company, 'PUT', `/assessments/${inspection.id}/sharing`, { isSharedWithRegulator: true }))
        .statusCode,
    ).toBe(403);
    const self = await plan(company, 'self');
    expect(self.conductedByOrganisationId).toBe(company.organisationId);
    expect((await send(regulator, 'GET', `/assessments/${self.id}`)).statusCode).toBe(404);
    const foreign = await send(otherCompany, 'POST', '/assessments', {
      kind: 'self',
      facilityId,
      templateVersionId: armoury.id,
      plannedOn: '2026-11-20',
      assessors: ['X'],
    });
    expect(foreign.statusCode).toBe(403);
    expect(
      (
        await send(company, 'POST', '/assessments', {
          kind: 'voluntary',
          facilityId,
          templateVersionId: armoury.id,
          plannedOn: '2026-11-20',
          assessors: ['X'],
        })
      ).statusCode,
    ).toBe(403);
  });
});
