/** Tables of the tracing capability (migration 0007-tracing). */
export interface SerialSearchTable {
  firearm_id: string;
  /** The normalised serial with every character folded to its confusable class (core/tracing/confusables). */
  folded: string;
}

export interface TraceRequestTable {
  id: string;
  reference: string;
  requesting_organisation_id: string;
  requested_by_user_id: string | null;
  regulator_id: string;
  status: string;
  urgency: string;
  urgency_reason: string | null;
  manufacturer: string | null;
  model: string | null;
  type: string | null;
  calibre: string | null;
  serial: string | null;
  serial_obliterated: number;
  serial_legible: string | null;
  country_of_origin: string | null;
  other_marks: string | null;
  recovered_at: string | null;
  recovered_place: string | null;
  illicit_reason: string;
  case_reference: string;
  point_of_contact: string;
  intended_use: string;
  created_at: string;
  due_at: string;
  answered_at: string | null;
  answered_by_user_id: string | null;
  outcome: string | null;
  firearm_id: string | null;
  answer_note: string | null;
  answer: string | null;
}

export interface TraceRequestPhotoTable {
  id: string;
  request_id: string;
  content_type: string;
  sha256: string;
  byte_length: number;
  data: Buffer;
  created_at: string;
}

export interface TraceSettingTable {
  regulator_id: string;
  urgent_hours: number;
  routine_hours: number;
  updated_at: string;
}

export interface TraceSearchLogTable {
  id: string;
  at: string;
  actor_id: string;
  organisation_id: string | null;
  kind: string;
  query: string;
  results: number;
  request_id: string | null;
}

export interface TracingTables {
  serial_search: SerialSearchTable;
  trace_request: TraceRequestTable;
  trace_request_photo: TraceRequestPhotoTable;
  trace_setting: TraceSettingTable;
  trace_search_log: TraceSearchLogTable;
}
