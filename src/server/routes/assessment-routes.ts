import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../content-disposition';
import {
  AddCorrectiveActionRequest,
  AddRecommendationRequest,
  AssessmentComparisonWire,
  AssessmentDetail,
  AssessmentList,
  AssessmentPhotoParams,
  AssessmentPhotoWire,
  CorrectiveActionParams,
  CorrectiveActionWire,
  ListAssessmentsQuery,
  PhotoUploadQuery,
  PlanAssessmentRequest,
  PlanOptions,
  ProgrammeOverview,
  RecommendationWire,
  ReportQuery,
  SaveAnswersRequest,
  SaveAnswersResponse,
  SaveTemplateDraftRequest,
  ShareAssessmentRequest,
  TemplateList,
  TemplateVersionDetail,
  UpdateCorrectiveActionRequest,
} from '../../contracts/assessment';
import { IdParams } from '../../contracts/common';
import type { Context } from '../../use-cases/context';
import { renderAssessmentReport } from '../../use-cases/assessment/assessment-report';
import {
  readAssessmentPhoto,
  saveAnswers,
  submitAssessment,
  uploadAssessmentPhoto,
} from '../../use-cases/assessment/conduct-assessment';
import {
  addCorrectiveAction,
  addRecommendation,
  compareWithPrevious,
  shareAssessment,
  updateCorrectiveAction,
} from '../../use-cases/assessment/follow-up-assessment';
import { planAssessment } from '../../use-cases/assessment/plan-assessment';
import { readProgrammeOverview } from '../../use-cases/assessment/programme-overview';
import {
  listAssessments,
  readAssessment,
  readPlanOptions,
} from '../../use-cases/assessment/read-assessments';
import {
  createTemplateDraft,
  listTemplates,
  publishTemplateVersion,
  readTemplateVersion,
  saveTemplateDraft,
} from '../../use-cases/assessment/template-versions';
import { PHOTO_MAX_BYTES } from '../../use-cases/registry/photos';
import { actorOf } from '../authentication';
import { withErrors } from './responses';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];

export function assessmentRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    // Photos arrive as the raw body (what a camera input gives); the type is read from the bytes.
    app.addContentTypeParser(
      IMAGE_TYPES,
      { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES },
      (_req, body, done) => done(null, body),
    );

    app.get(
      '/assessment-templates',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Checklists and their versions (drafts for editors only)',
          response: withErrors({ 200: TemplateList }),
        },
      },
      async (request) => listTemplates(ctx, actorOf(request)),
    );
    app.get(
      '/assessment-templates/versions/:id',
      {
        schema: {
          tags: ['assessments'],
          summary: 'One checklist version with its sections and items',
          params: IdParams,
          response: withErrors({ 200: TemplateVersionDetail }),
        },
      },
      async (request) => readTemplateVersion(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/assessment-templates/versions/:id/drafts',
      {
        schema: {
          tags: ['assessments'],
          summary: 'A new draft version copied from this version',
          params: IdParams,
          response: withErrors({ 201: TemplateVersionDetail }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createTemplateDraft(ctx, actorOf(request), request.params.id)),
    );
    app.put(
      '/assessment-templates/versions/:id',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Save a draft version (a published version never changes)',
          params: IdParams,
          body: SaveTemplateDraftRequest,
          response: withErrors({ 200: TemplateVersionDetail }),
        },
      },
      async (request) => saveTemplateDraft(ctx, actorOf(request), request.params.id, request.body.content),
    );
    app.post(
      '/assessment-templates/versions/:id/publication',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Publish a draft version',
          params: IdParams,
          response: withErrors({ 200: TemplateVersionDetail }),
        },
      },
      async (request) => publishTemplateVersion(ctx, actorOf(request), request.params.id),
    );

    app.get(
      '/assessments',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Assessments the caller may read',
          querystring: ListAssessmentsQuery,
          response: withErrors({ 200: AssessmentList }),
        },
      },
      async (request) => listAssessments(ctx, actorOf(request), request.query),
    );
    app.post(
      '/assessments',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Plan an assessment',
          body: PlanAssessmentRequest,
          response: withErrors({ 201: AssessmentDetail }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await planAssessment(ctx, actorOf(request), request.body)),
    );
    app.get(
      '/assessments/plan-options',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Facilities and checklists the caller may plan an assessment with',
          response: withErrors({ 200: PlanOptions }),
        },
      },
      async (request) => readPlanOptions(ctx, actorOf(request)),
    );
    app.get(
      '/assessments/programme-overview',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Levels by country, most failed items, progress (over readable assessments)',
          response: withErrors({ 200: ProgrammeOverview }),
        },
      },
      async (request) => readProgrammeOverview(ctx, actorOf(request)),
    );
    app.get(
      '/assessments/:id',
      {
        schema: {
          tags: ['assessments'],
          summary: 'One assessment with its answers, result, findings and action plan',
          params: IdParams,
          response: withErrors({ 200: AssessmentDetail }),
        },
      },
      async (request) => readAssessment(ctx, actorOf(request), request.params.id),
    );
    app.put(
      '/assessments/:id/answers',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Save some answers and notes (autosave; null removes)',
          params: IdParams,
          body: SaveAnswersRequest,
          response: withErrors({ 200: SaveAnswersResponse }),
        },
      },
      async (request) => saveAnswers(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/assessments/:id/photos',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Attach a photo to an item (body: the JPEG, PNG or WebP image, at most 5 MB)',
          params: IdParams,
          querystring: PhotoUploadQuery,
          response: withErrors({ 201: AssessmentPhotoWire }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await uploadAssessmentPhoto(
              ctx,
              actorOf(request),
              request.params.id,
              request.query.itemId,
              request.body,
            ),
          ),
    );
    app.get(
      '/assessments/:id/photos/:photoId',
      {
        schema: {
          tags: ['assessments'],
          summary: 'A photo of the assessment (same access as the assessment)',
          params: AssessmentPhotoParams,
        },
      },
      async (request, reply) => {
        const photo = await readAssessmentPhoto(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.photoId,
        );
        return reply
          .type(photo.contentType)
          .header('cache-control', 'private, max-age=3600')
          .header('etag', `"${photo.sha256}"`)
          .send(photo.data);
      },
    );
    app.post(
      '/assessments/:id/submission',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Submit: score the answers and write the findings',
          params: IdParams,
          response: withErrors({ 200: AssessmentDetail }),
        },
      },
      async (request) => submitAssessment(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/assessments/:id/recommendations',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Add a recommendation (text and clause)',
          params: IdParams,
          body: AddRecommendationRequest,
          response: withErrors({ 201: RecommendationWire }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addRecommendation(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/assessments/:id/corrective-actions',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Add a corrective action to the plan',
          params: IdParams,
          body: AddCorrectiveActionRequest,
          response: withErrors({ 201: CorrectiveActionWire }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await addCorrectiveAction(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.put(
      '/assessments/:id/corrective-actions/:actionId',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Update a corrective action (status, evidence, owner, due date)',
          params: CorrectiveActionParams,
          body: UpdateCorrectiveActionRequest,
          response: withErrors({ 200: CorrectiveActionWire }),
        },
      },
      async (request) =>
        updateCorrectiveAction(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.actionId,
          request.body,
        ),
    );
    app.put(
      '/assessments/:id/sharing',
      {
        schema: {
          tags: ['assessments'],
          summary: "The company's consent to share with its regulator or the programme",
          params: IdParams,
          body: ShareAssessmentRequest,
          response: withErrors({ 200: AssessmentDetail }),
        },
      },
      async (request) => shareAssessment(ctx, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/assessments/:id/comparison',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Comparison with the previous assessment of the same facility and checklist',
          params: IdParams,
          response: withErrors({ 200: AssessmentComparisonWire }),
        },
      },
      async (request) => compareWithPrevious(ctx, actorOf(request), request.params.id),
    );
    app.get(
      '/assessments/:id/report.pdf',
      {
        schema: {
          tags: ['assessments'],
          summary: 'The assessment report as PDF, in Spanish or English',
          params: IdParams,
          querystring: ReportQuery,
        },
      },
      async (request, reply) => {
        const report = await renderAssessmentReport(
          ctx,
          actorOf(request),
          request.params.id,
          request.query.lang,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition('attachment', report.fileName))
          .send(report.pdf);
      },
    );
  };
}
