import { createHash } from 'node:crypto';
import type { AssessmentDetail, SaveAnswersRequest } from '../../contracts/assessment';
import type { Actor } from '../../core/access/actor';
import { canConductAssessment } from '../../core/assessment/assessment-access';
import type { AssessmentAnswers, ItemAnswer } from '../../core/assessment/assessment-answers';
import { checkAnswers } from '../../core/assessment/check-answers';
import { listTemplateItems, toScoringTemplate } from '../../core/assessment/checklist-template';
import { generateFindings } from '../../core/assessment/generate-findings';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import { scoreSections } from '../../core/assessment/score-sections';
import { imageTypeOf, PHOTO_MAX_BYTES } from '../registry/photos';
import { AppError, forbidden, notFound } from '../app-error';
import type { Context } from '../context';
import { loadReadableAssessment, presentDetail, type LoadedAssessment } from './assessment-records';

// Conducting an assessment on site: answers and notes saved as they are given (autosave, resumable),
// photos as evidence, then submission, which scores the answers and writes the findings.

function conductable(actor: Actor, loaded: LoadedAssessment): void {
  if (!canConductAssessment(actor, loaded.scope))
    throw forbidden('Only the assessing team conducts this assessment');
  if (loaded.scope.status === 'submitted') {
    throw new AppError('ASSESSMENT_SUBMITTED', 'The assessment is submitted: its answers no longer change');
  }
}

/**
 * Merge partial answers and notes into the saved ones (null removes). Each answer is checked against
 * its item; a bad one refuses the whole save, naming the field.
 */
export async function saveAnswers(ctx: Context, actor: Actor, id: string, input: SaveAnswersRequest) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableAssessment(trx, actor, id);
    conductable(actor, loaded);
    const answers: Record<string, ItemAnswer> = { ...loaded.answers };
    const given: Record<string, ItemAnswer> = {};
    for (const [itemId, value] of Object.entries(input.answers ?? {})) {
      if (value === null) delete answers[itemId];
      else given[itemId] = value;
    }
    const scoring = toScoringTemplate(loaded.template);
    const problems = checkAnswers(scoring, given);
    const itemIds = new Set(scoring.items.map((item) => item.id));
    const noteProblems = Object.keys(input.notes ?? {})
      .filter((itemId) => !itemIds.has(itemId))
      .map((itemId) => ({ path: `notes.${itemId}`, message: `note on unknown item "${itemId}"` }));
    if (problems.length > 0 || noteProblems.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Some answers do not fit their items', {
        fields: [...problems.map((p) => ({ path: p.path, message: p.message })), ...noteProblems],
      });
    }
    Object.assign(answers, given);
    const notes: Record<string, string> = { ...loaded.notes };
    for (const [itemId, note] of Object.entries(input.notes ?? {})) {
      if (note === null || note.trim() === '') delete notes[itemId];
      else notes[itemId] = note;
    }
    const at = ctx.now();
    await trx
      .updateTable('assessment')
      .set({
        answers: JSON.stringify(answers),
        notes: JSON.stringify(notes),
        status: 'in-progress',
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    return { status: 'in-progress' as const, updatedAt: at, answered: Object.keys(answers).length };
  });
}

export async function uploadAssessmentPhoto(
  ctx: Context,
  actor: Actor,
  id: string,
  itemId: string,
  data: unknown,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableAssessment(trx, actor, id);
    conductable(actor, loaded);
    if (!listTemplateItems(loaded.template).some(({ item }) => item.id === itemId)) {
      throw new AppError('VALIDATION_FAILED', 'No such item in this checklist', {
        fields: [{ path: 'itemId', message: `unknown item "${itemId}"` }],
      });
    }
    if (!Buffer.isBuffer(data)) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the photo as the body, image/jpeg, image/png or image/webp',
        {
          fields: [{ path: 'body', message: 'not an image' }],
        },
      );
    }
    if (data.length === 0) {
      throw new AppError('VALIDATION_FAILED', 'The file is empty', {
        fields: [{ path: 'body', message: 'empty' }],
      });
    }
    if (data.length > PHOTO_MAX_BYTES) {
      throw new AppError('PAYLOAD_TOO_LARGE', 'A photo may be at most 5 MB', {
        fields: [{ path: 'body', message: 'larger than 5 MB' }],
      });
    }
    const contentType = imageTypeOf(data);
    if (!contentType) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'A photo must be a JPEG, PNG or WebP image', {
        fields: [{ path: 'body', message: 'not a JPEG, PNG or WebP image' }],
      });
    }
    const photo = {
      id: ctx.newId(),
      assessment_id: id,
      item_id: itemId,
      content_type: contentType,
      sha256: createHash('sha256').update(data).digest('hex'),
      byte_length: data.length,
      data,
      created_at: ctx.now(),
      created_by_user_id: actor.userId,
    };
    await trx.insertInto('assessment_photo').values(photo).execute();
    await trx
      .updateTable('assessment')
      .set({ status: 'in-progress', updated_at: photo.created_at })
      .where('id', '=', id)
      .execute();
    return {
      id: photo.id,
      itemId,
      contentType,
      sha256: photo.sha256,
      byteLength: data.length,
      createdAt: photo.created_at,
    };
  });
}

/** A photo, with the same access as its assessment. */
export async function readAssessmentPhoto(ctx: Context, actor: Actor, id: string, photoId: string) {
  await loadReadableAssessment(ctx.database.db, actor, id);
  const row = await ctx.database.db
    .selectFrom('assessment_photo')
    .selectAll()
    .where('id', '=', photoId)
    .where('assessment_id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Photo');
  return { contentType: row.content_type, data: Buffer.from(row.data), sha256: row.sha256 };
}

/**
 * Submit: the answers are checked, scored (RRPL) and turned into findings, all in one transaction.
 * Refused when nothing at level 1 applies (the score would be vacuous), or when an item that asks
 * for a photo unless "yes" was answered otherwise without one.
 */
export async function submitAssessment(ctx: Context, actor: Actor, id: string): Promise<AssessmentDetail> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableAssessment(trx, actor, id);
    conductable(actor, loaded);
    const { template, answers } = loaded;
    const problems = checkAnswers(toScoringTemplate(template), answers);
    if (problems.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Some answers do not fit their items', {
        fields: problems.map((p) => ({ path: p.path, message: p.message })),
      });
    }
    const photos = await trx
      .selectFrom('assessment_photo')
      .select('item_id')
      .where('assessment_id', '=', id)
      .execute();
    const withPhoto = new Set(photos.map((p) => p.item_id));
    const missingPhotos = listTemplateItems(template)
      .filter(({ item }) => item.photoRequiredUnlessYes)
      .filter(({ item }) => answers[item.id] === 'partial' || answers[item.id] === 'no')
      .filter(({ item }) => !withPhoto.has(item.id))
      .map(({ item }) => ({
        path: `answers.${item.id}`,
        message: 'a photo is required when the answer is not yes',
      }));
    if (missingPhotos.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Some items need a photo', { fields: missingPhotos });
    }
    const hasLevelOne = listTemplateItems(template).some(
      ({ item }) => item.level === 1 && item.answerType === 'yes-partial-no-na' && answers[item.id] !== 'na',
    );
    if (!hasLevelOne) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Nothing at level 1 applies: the assessment would score nothing',
        {
          fields: [{ path: 'answers', message: 'every level-1 item is "not applicable"' }],
        },
      );
    }
    const score = scoreAssessment(template, answers);
    const sections = scoreSections(template, answers).map((s) => ({
      sectionId: s.sectionId,
      title: s.title,
      score: s.score,
    }));
    const findings = generateFindings(template, answers as AssessmentAnswers);
    if (findings.length > 0) {
      await trx
        .insertInto('assessment_finding')
        .values(
          findings.map((f, position) => ({
            id: ctx.newId(),
            assessment_id: id,
            position,
            item_id: f.itemId,
            section_id: f.sectionId,
            clause: f.clause,
            level: f.level,
            answer: f.answer,
            severity: f.severity,
          })),
        )
        .execute();
    }
    const at = ctx.now();
    await trx
      .updateTable('assessment')
      .set({
        status: 'submitted',
        achieved_level: score.achievedLevel,
        result: JSON.stringify({
          levels: score.levels,
          achievedLevel: score.achievedLevel,
          sections,
          unanswered: score.unanswered,
        }),
        submitted_at: at,
        submitted_by_user_id: actor.userId,
        updated_at: at,
      })
      .where('id', '=', id)
      .where('status', '!=', 'submitted')
      .execute();
    return presentDetail(trx, actor, await loadReadableAssessment(trx, actor, id), at);
  });
}
