import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '../../contracts/common';
import {
  AcquireFirearmRequest,
  AddFacilityPhotoRequest,
  PhotoUploaded,
  AmmunitionLot,
  AmmunitionLotList,
  ApplyMarkingRequest,
  BookIntegrity,
  ConsumeAmmunitionRequest,
  CorrectFirearmRequest,
  CorrectStockRequest,
  DisposeFirearmRequest,
  EntryWritten,
  Facility,
  FacilityList,
  FirearmDetail,
  FirearmList,
  History,
  HistoryQuery,
  ListFirearmsQuery,
  ListLotsQuery,
  MoveFirearmRequest,
  ReceiveAmmunitionRequest,
  RegisterFacilityRequest,
  ReturnAmmunitionRequest,
  TransferInRequest,
  TransferOutRequest,
} from '../../contracts/registry';
import type { Context } from '../../use-cases/context';
import { acquireFirearm } from '../../use-cases/registry/acquire-firearm';
import {
  consumeAmmunition,
  correctStock,
  returnAmmunitionToSupplier,
} from '../../use-cases/registry/ammunition-operations';
import { correctFirearm } from '../../use-cases/registry/correct-firearm';
import {
  applyMarking,
  disposeFirearm,
  moveFirearm,
  receiveFirearmTransfer,
  transferFirearmOut,
} from '../../use-cases/registry/firearm-operations';
import {
  listFacilities,
  listFirearms,
  listLots,
  readBookIntegrity,
  readFacility,
  readFirearm,
  readHistory,
  readLot,
} from '../../use-cases/registry/read-registry';
import { receiveAmmunition } from '../../use-cases/registry/receive-ammunition';
import { registerFacility } from '../../use-cases/registry/register-facility';
import { addFacilityPhoto, PHOTO_MAX_BYTES, readPhoto, uploadPhoto } from '../../use-cases/registry/photos';
import { verifyBook } from '../../use-cases/registry/verify-book';
import { fileBytes, oneFile } from './upload';
import { actorOf } from '../authentication';
import { withErrors } from './responses';

const OrganisationQuery = z.object({ organisationId: Id.optional() });

export function registryRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    const entryResponses = withErrors({ 201: EntryWritten, 200: EntryWritten });

    app.get(
      '/facilities',
      {
        schema: {
          tags: ['registry'],
          summary: 'Facilities of the books the caller may read',
          querystring: OrganisationQuery,
          response: withErrors({ 200: FacilityList }),
        },
      },
      async (request) => ({
        items: await listFacilities(ctx, actorOf(request), request.query.organisationId),
      }),
    );
    app.post(
      '/facilities',
      {
        schema: {
          tags: ['registry'],
          summary: 'Register a facility (ledger entry)',
          body: RegisterFacilityRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await registerFacility(ctx, actorOf(request), request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.get(
      '/facilities/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'One facility',
          params: IdParams,
          response: withErrors({ 200: Facility }),
        },
      },
      async (request) => readFacility(ctx, actorOf(request), request.params.id),
    );

    app.get(
      '/firearms',
      {
        schema: {
          tags: ['registry'],
          summary: 'Firearms: search by any part of a serial, filter, sort, page',
          querystring: ListFirearmsQuery,
          response: withErrors({ 200: FirearmList }),
        },
      },
      async (request) => listFirearms(ctx, actorOf(request), request.query),
    );
    app.post(
      '/organisations/:id/firearms',
      {
        schema: {
          tags: ['registry'],
          summary: 'Acquisition: a firearm enters the book',
          params: IdParams,
          body: AcquireFirearmRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await acquireFirearm(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.get(
      '/firearms/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'One firearm with its markings',
          params: IdParams,
          response: withErrors({ 200: FirearmDetail }),
        },
      },
      async (request) => readFirearm(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/firearms/:id/transfer-out',
      {
        schema: {
          tags: ['registry'],
          summary: 'Transfer to another organisation (in transit until received)',
          params: IdParams,
          body: TransferOutRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await transferFirearmOut(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.post(
      '/firearms/:id/transfer-in',
      {
        schema: {
          tags: ['registry'],
          summary: 'Confirm receipt of a transferred firearm',
          params: IdParams,
          body: TransferInRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await receiveFirearmTransfer(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.post(
      '/firearms/:id/moves',
      {
        schema: {
          tags: ['registry'],
          summary: 'Move between own facilities',
          params: IdParams,
          body: MoveFirearmRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await moveFirearm(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.post(
      '/firearms/:id/markings',
      {
        schema: {
          tags: ['registry'],
          summary: 'Record a marking applied',
          params: IdParams,
          body: ApplyMarkingRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await applyMarking(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.post(
      '/firearms/:id/disposal',
      {
        schema: {
          tags: ['registry'],
          summary: 'Sale, deactivation or destruction',
          params: IdParams,
          body: DisposeFirearmRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await disposeFirearm(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.post(
      '/firearms/:id/corrections',
      {
        schema: {
          tags: ['registry'],
          summary: 'Correct recorded attributes (a new entry naming the corrected one)',
          params: IdParams,
          body: CorrectFirearmRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await correctFirearm(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );

    app.get(
      '/ammunition-lots',
      {
        schema: {
          tags: ['registry'],
          summary: 'Ammunition lots with stock per facility',
          querystring: ListLotsQuery,
          response: withErrors({ 200: AmmunitionLotList }),
        },
      },
      async (request) => listLots(ctx, actorOf(request), request.query),
    );
    app.post(
      '/organisations/:id/ammunition',
      {
        schema: {
          tags: ['registry'],
          summary: 'Ammunition received into a facility',
          params: IdParams,
          body: ReceiveAmmunitionRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await receiveAmmunition(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.get(
      '/ammunition-lots/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'One lot',
          params: IdParams,
          response: withErrors({ 200: AmmunitionLot }),
        },
      },
      async (request) => readLot(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/ammunition-lots/:id/consumption',
      {
        schema: {
          tags: ['registry'],
          summary: 'Rounds consumed, with the reason',
          params: IdParams,
          body: ConsumeAmmunitionRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await consumeAmmunition(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.post(
      '/ammunition-lots/:id/returns',
      {
        schema: {
          tags: ['registry'],
          summary: 'Rounds returned to the supplier',
          params: IdParams,
          body: ReturnAmmunitionRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await returnAmmunitionToSupplier(
          ctx,
          actorOf(request),
          request.params.id,
          request.body,
        );
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.post(
      '/ammunition-lots/:id/corrections',
      {
        schema: {
          tags: ['registry'],
          summary: 'Correct a recorded quantity',
          params: IdParams,
          body: CorrectStockRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await correctStock(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );

    app.get(
      '/history/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'Timeline of a firearm, lot or facility',
          params: IdParams,
          querystring: HistoryQuery,
          response: withErrors({ 200: History }),
        },
      },
      async (request) => readHistory(ctx, actorOf(request), request.params.id, request.query.view),
    );
    app.get(
      '/organisations/:id/book-integrity',
      {
        schema: {
          tags: ['registry'],
          summary: 'Last verification and checkpoint of the book',
          params: IdParams,
          response: withErrors({ 200: BookIntegrity }),
        },
      },
      async (request) => readBookIntegrity(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/organisations/:id/book-integrity/verify',
      {
        schema: {
          tags: ['registry'],
          summary: 'Verify the book now (its manager, its regulator, an administrator)',
          params: IdParams,
          body: z.object({}).optional(),
          response: withErrors({ 200: BookIntegrity }),
        },
      },
      async (request) => verifyBook(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/organisations/:id/photos',
      {
        schema: {
          tags: ['registry'],
          summary:
            'Upload a photo (JPEG, PNG or WebP, at most 5 MB; multipart/form-data field file) to use in a facility or marking',
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: withErrors({ 201: PhotoUploaded }),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const data = await fileBytes(await oneFile(request, PHOTO_MAX_BYTES), PHOTO_MAX_BYTES);
        return reply.code(201).send(await uploadPhoto(ctx, actor, request.params.id, data));
      },
    );
    app.get(
      '/photos/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'A photo, to whoever may read the book it belongs to',
          params: IdParams,
          response: withErrors({ 200: z.string().describe('the image') }),
        },
      },
      async (request, reply) => {
        const photo = await readPhoto(ctx, actorOf(request), request.params.id);
        reply
          .header('content-type', photo.contentType)
          .header('cache-control', 'private, max-age=86400, immutable')
          .header('etag', `"${photo.sha256}"`);
        return reply
          .serializer((payload: unknown) => payload as string)
          .send(photo.data as unknown as string);
      },
    );
    app.post(
      '/facilities/:id/photos',
      {
        schema: {
          tags: ['registry'],
          summary: 'Add an uploaded photo to a facility (ledger entry)',
          params: IdParams,
          body: AddFacilityPhotoRequest,
          response: entryResponses,
        },
      },
      async (request, reply) => {
        const written = await addFacilityPhoto(ctx, actorOf(request), request.params.id, request.body);
        // 201 for a new entry; 200 when an idempotent retry returns the first one.
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
  };
}
