import type {
  TemplateContentWire,
  TemplateVersionDetail,
  TemplateVersionSummary,
} from '../../contracts/assessment';
import type { Actor } from '../../core/access/actor';
import { canEditTemplates } from '../../core/assessment/assessment-access';
import type { ChecklistTemplate } from '../../core/assessment/checklist-template';
import { SHIPPED_TEMPLATES } from '../../core/assessment/templates/shipped-templates';
import { validateTemplate } from '../../core/assessment/validate-template';
import type { Queryable } from '../../storage/database';
import type { AssessmentTemplateVersionTable } from '../../storage/schema-assessment';
import { AppError, forbidden, notFound } from '../app-error';
import type { Context } from '../context';

// Checklists as versioned content (issue 7): a published version never changes; editing copies it
// into a new draft version, which is saved (validated) and published. Assessments name a version.

export type TemplateVersionRow = AssessmentTemplateVersionTable;

/**
 * The shipped checklists as published version 1, added when missing (idempotent). Called by the seed
 * and before any template or assessment operation, so a database migrated without seeding has them.
 */
export async function ensureShippedTemplates(ctx: Context, db: Queryable = ctx.database.db): Promise<void> {
  const existing = await db
    .selectFrom('assessment_template_version')
    .select('template_key')
    .where('version', '=', 1)
    .execute();
  const present = new Set(existing.map((row) => row.template_key));
  const missing = SHIPPED_TEMPLATES.filter((template) => !present.has(template.key));
  if (missing.length === 0) return;
  const at = ctx.now();
  await db
    .insertInto('assessment_template_version')
    .values(
      missing.map((template) => ({
        id: ctx.newId(),
        template_key: template.key,
        version: 1,
        status: 'published',
        content: JSON.stringify(template),
        based_on_id: null,
        created_at: at,
        created_by_user_id: null,
        updated_at: at,
        published_at: at,
        published_by_user_id: null,
      })),
    )
    .onConflict((oc) => oc.columns(['template_key', 'version']).doNothing())
    .execute();
}

export function templateOf(row: TemplateVersionRow): ChecklistTemplate {
  return JSON.parse(row.content) as ChecklistTemplate;
}

export async function findTemplateVersion(
  db: Queryable,
  id: string,
): Promise<TemplateVersionRow | undefined> {
  return db.selectFrom('assessment_template_version').selectAll().where('id', '=', id).executeTakeFirst();
}

function toSummary(row: TemplateVersionRow): TemplateVersionSummary {
  const template = templateOf(row);
  return {
    id: row.id,
    key: row.template_key,
    version: Number(row.version),
    status: row.status as 'draft' | 'published',
    title: template.title,
    itemCount: template.sections.reduce((n, section) => n + section.items.length, 0),
    basedOnId: row.based_on_id,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

function toDetail(row: TemplateVersionRow): TemplateVersionDetail {
  const template = templateOf(row);
  return {
    ...toSummary(row),
    content: {
      title: template.title,
      thresholds: { '1': template.thresholds[1], '2': template.thresholds[2], '3': template.thresholds[3] },
      sections: template.sections.map((section) => ({
        id: section.id,
        title: section.title,
        items: section.items.map((item) => ({ ...item })),
      })),
    },
  };
}

/** Every checklist with its versions; drafts only for those who edit templates. */
export async function listTemplates(ctx: Context, actor: Actor) {
  await ensureShippedTemplates(ctx);
  const rows = await ctx.database.db
    .selectFrom('assessment_template_version')
    .selectAll()
    .orderBy('template_key')
    .orderBy('version', 'desc')
    .execute();
  const mayEdit = canEditTemplates(actor);
  const byKey = new Map<string, TemplateVersionRow[]>();
  for (const row of rows) {
    if (row.status === 'draft' && !mayEdit) continue;
    byKey.set(row.template_key, [...(byKey.get(row.template_key) ?? []), row]);
  }
  return {
    items: [...byKey.entries()].map(([key, versions]) => {
      const summaries = versions.map(toSummary);
      const latestPublished = summaries.find((v) => v.status === 'published') ?? null;
      return { key, title: (latestPublished ?? summaries[0]!).title, latestPublished, versions: summaries };
    }),
  };
}

export async function readTemplateVersion(
  ctx: Context,
  actor: Actor,
  id: string,
): Promise<TemplateVersionDetail> {
  await ensureShippedTemplates(ctx);
  const row = await findTemplateVersion(ctx.database.db, id);
  if (!row || (row.status === 'draft' && !canEditTemplates(actor))) throw notFound('Template version');
  return toDetail(row);
}

/** A new draft version copied from any version of the same checklist (the next version number). */
export async function createTemplateDraft(
  ctx: Context,
  actor: Actor,
  fromId: string,
): Promise<TemplateVersionDetail> {
  if (!canEditTemplates(actor)) throw forbidden('Only administrators and programme officers edit checklists');
  await ensureShippedTemplates(ctx);
  return ctx.database.db.transaction().execute(async (trx) => {
    const source = await findTemplateVersion(trx, fromId);
    if (!source) throw notFound('Template version');
    const last = await trx
      .selectFrom('assessment_template_version')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('template_key', '=', source.template_key)
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    const at = ctx.now();
    const row: TemplateVersionRow = {
      id: ctx.newId(),
      template_key: source.template_key,
      version,
      status: 'draft',
      content: JSON.stringify({ ...templateOf(source), version }),
      based_on_id: source.id,
      created_at: at,
      created_by_user_id: actor.userId,
      updated_at: at,
      published_at: null,
      published_by_user_id: null,
    };
    await trx.insertInto('assessment_template_version').values(row).execute();
    return toDetail(row);
  });
}

function editableDraft(row: TemplateVersionRow | undefined, actor: Actor): TemplateVersionRow {
  if (!row || (row.status === 'draft' && !canEditTemplates(actor))) throw notFound('Template version');
  if (!canEditTemplates(actor)) throw forbidden('Only administrators and programme officers edit checklists');
  if (row.status !== 'draft') {
    throw new AppError(
      'TEMPLATE_VERSION_PUBLISHED',
      'A published version never changes: create a draft from it',
    );
  }
  return row;
}

/** Save a draft's content; refused, with every problem located by its field, when it is not valid. */
export async function saveTemplateDraft(
  ctx: Context,
  actor: Actor,
  id: string,
  content: TemplateContentWire,
): Promise<TemplateVersionDetail> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = editableDraft(await findTemplateVersion(trx, id), actor);
    const template = {
      key: row.template_key,
      version: Number(row.version),
      title: content.title,
      thresholds: { 1: content.thresholds['1'], 2: content.thresholds['2'], 3: content.thresholds['3'] },
      sections: content.sections,
    } as unknown as ChecklistTemplate;
    const problems = validateTemplate(template);
    if (problems.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'The checklist is not valid', {
        fields: problems.map((p) => ({ path: `content.${p.path}`, message: p.message, code: p.code })),
      });
    }
    const at = ctx.now();
    await trx
      .updateTable('assessment_template_version')
      .set({ content: JSON.stringify(template), updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .execute();
    return toDetail({ ...row, content: JSON.stringify(template), updated_at: at });
  });
}

export async function publishTemplateVersion(
  ctx: Context,
  actor: Actor,
  id: string,
): Promise<TemplateVersionDetail> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = editableDraft(await findTemplateVersion(trx, id), actor);
    const problems = validateTemplate(templateOf(row));
    if (problems.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'The checklist is not valid', {
        fields: problems.map((p) => ({ path: `content.${p.path}`, message: p.message, code: p.code })),
      });
    }
    const at = ctx.now();
    await trx
      .updateTable('assessment_template_version')
      .set({ status: 'published', published_at: at, published_by_user_id: actor.userId, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .execute();
    return toDetail({
      ...row,
      status: 'published',
      published_at: at,
      published_by_user_id: actor.userId,
      updated_at: at,
    });
  });
}
