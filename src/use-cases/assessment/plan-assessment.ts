import type { AssessmentDetail, PlanAssessmentRequest } from '../../contracts/assessment';
import type { Actor } from '../../core/access/actor';
import { canPlanAssessment } from '../../core/assessment/assessment-access';
import type { OrganisationKind } from '../../core/access/roles';
import { findFacility } from '../../storage/registry-store';
import { AppError, forbidden } from '../app-error';
import type { Context } from '../context';
import { getOrganisation } from '../load-organisation';
import { loadReadableAssessment, presentDetail } from './assessment-records';
import { ensureShippedTemplates, findTemplateVersion } from './template-versions';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { fields: [{ path, message }] });
}

/** Plan an assessment of a company's facility with a published checklist version. */
export async function planAssessment(
  ctx: Context,
  actor: Actor,
  input: PlanAssessmentRequest,
): Promise<AssessmentDetail> {
  await ensureShippedTemplates(ctx);
  return ctx.database.db.transaction().execute(async (trx) => {
    // An unknown facility gets the same answer as another company's: no existence oracle.
    const refuse = () => forbidden('You may not plan this kind of assessment of this company');
    const facility = await findFacility(trx, input.facilityId);
    if (!facility) throw refuse();
    const company = await getOrganisation(trx, facility.organisation_id);
    if (
      !canPlanAssessment(actor, input.kind, {
        id: company.id,
        kind: company.kind as OrganisationKind,
        licensedById: company.licensed_by_id,
      })
    ) {
      throw refuse();
    }
    const version = await findTemplateVersion(trx, input.templateVersionId);
    if (!version) throw invalid('templateVersionId', 'no such checklist version');
    if (version.status !== 'published')
      throw invalid('templateVersionId', 'only a published version may be used');
    const id = ctx.newId();
    const at = ctx.now();
    await trx
      .insertInto('assessment')
      .values({
        id,
        kind: input.kind,
        organisation_id: company.id,
        facility_id: facility.id,
        conducted_by_organisation_id: input.kind === 'self' ? company.id : actor.organisationId,
        template_version_id: version.id,
        template_key: version.template_key,
        planned_on: input.plannedOn,
        assessors: JSON.stringify(input.assessors),
        status: 'planned',
        answers: '{}',
        notes: '{}',
        shared_with_regulator: 0,
        shared_with_programme: 0,
        achieved_level: null,
        result: null,
        created_at: at,
        created_by_user_id: actor.userId,
        updated_at: at,
        submitted_at: null,
        submitted_by_user_id: null,
      })
      .execute();
    return presentDetail(trx, actor, await loadReadableAssessment(trx, actor, id), at);
  });
}
