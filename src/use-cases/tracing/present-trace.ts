import type { TraceRequest } from '../../contracts/tracing';
import type { TraceUrgency } from '../../core/tracing/response-clock';
import { responseClock } from '../../core/tracing/response-clock';
import type { TraceRequestRow } from '../../storage/trace-request-store';

export function toTraceRequest(
  row: TraceRequestRow,
  photos: ReadonlyArray<{ id: string; sha256: string; content_type: string }>,
  at: string,
): TraceRequest {
  return {
    id: row.id,
    reference: row.reference,
    requestingOrganisationId: row.requesting_organisation_id,
    requestingOrganisation: row.requesting_organisation_name,
    regulatorId: row.regulator_id,
    status: row.status as TraceRequest['status'],
    urgency: row.urgency as TraceUrgency,
    urgencyReason: row.urgency_reason,
    manufacturer: row.manufacturer,
    model: row.model,
    type: row.type,
    calibre: row.calibre,
    serial: row.serial,
    serialObliterated: Number(row.serial_obliterated) === 1,
    serialLegible: row.serial_legible,
    countryOfOrigin: row.country_of_origin,
    otherMarks: row.other_marks,
    recoveredAt: row.recovered_at,
    recoveredPlace: row.recovered_place,
    illicitReason: row.illicit_reason,
    caseReference: row.case_reference,
    pointOfContact: row.point_of_contact,
    intendedUse: row.intended_use,
    createdAt: row.created_at,
    answeredAt: row.answered_at,
    outcome: row.outcome as TraceRequest['outcome'],
    answerNote: row.answer_note,
    clock: responseClock({ dueAt: row.due_at, answeredAt: row.answered_at }, at),
    photos: photos.map((p) => ({ id: p.id, sha256: p.sha256, contentType: p.content_type })),
  };
}
