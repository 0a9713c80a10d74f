import type { Acquisition, Disposal, Move, TransferIn, TransferOut } from '../holdings/holding-entries';

/*
 * The answer to a trace, assembled from the ledger (ISACS 05.31: from manufacture or most recent
 * import, through the lines of supply, to the last legal title-holder, fact sheet §6.5): how the
 * weapon entered the sector, every transfer, who holds it and where, the last issue to a guard, the
 * last count that saw it, and any loss or theft. Pure: the caller loads the entries and names.
 */

export interface AnswerEntry {
  readonly id: string;
  readonly kind: string;
  readonly recordedAt: string;
  readonly organisationId: string;
  readonly payload: unknown;
}

export interface AnswerNames {
  organisation(id: string): string;
  facility(id: string): string;
  /** A member of a company's personnel (the guard a weapon was issued to). */
  person(id: string): string;
}

export interface TracedFirearm {
  readonly firearmId: string;
  readonly serial: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly type: string;
  readonly calibre: string;
  readonly countryOfManufacture: string;
  readonly yearOfManufacture: number | null;
  readonly importCountry: string | null;
  readonly importYear: number | null;
  readonly status: string;
  readonly organisationId: string;
  readonly facilityId: string | null;
}

export interface TimelineItem {
  readonly at: string;
  readonly kind: string;
  readonly organisation: string;
  /** Short facts of the entry, by name (facility, counterpart, reference…), for the reader. */
  readonly details: Readonly<Record<string, string>>;
  readonly entryId: string;
}

export interface TraceAnswer {
  readonly firearm: Omit<TracedFirearm, 'organisationId' | 'facilityId'>;
  /** National reference of the weapon in the registry. */
  readonly nationalReference: string;
  readonly enteredSector: {
    readonly at: string;
    readonly organisation: string;
    readonly facility: string;
    readonly sourceKind: string;
    readonly sourceName: string;
    readonly sourceReference: string | null;
  } | null;
  readonly transfers: ReadonlyArray<{
    readonly at: string;
    readonly from: string;
    readonly to: string;
    readonly reference: string | null;
  }>;
  readonly holder: {
    readonly organisation: string;
    readonly facility: string | null;
    readonly status: string;
  };
  readonly lastIssue: {
    readonly at: string;
    readonly guard: string;
    readonly shift: string | null;
    readonly facility: string | null;
  } | null;
  /** The last closed stock count whose scanned items include the weapon: when it closed, where, which kind. */
  readonly lastCount: {
    readonly at: string;
    readonly facility: string | null;
    readonly kind: string | null;
  } | null;
  /** The latest loss, theft or seizure report (or the registry status when no report was recorded). */
  readonly lossOrTheft: {
    readonly status: string;
    readonly reportedAt: string | null;
    readonly incidentReference: string | null;
  } | null;
  /** Every loss, theft or seizure report on the weapon, oldest first. */
  readonly lossReports: readonly LossReport[];
  /** Every recovery of the weapon, oldest first. */
  readonly recoveries: readonly Recovery[];
  readonly timeline: readonly TimelineItem[];
}

/** A `firearm-reported-missing` entry as the answer shows it. */
export interface LossReport {
  readonly reportedAt: string;
  readonly status: string;
  readonly occurredAt: string | null;
  readonly discoveredAt: string | null;
  readonly place: string | null;
  readonly incidentReference: string | null;
  readonly policeReference: string | null;
  readonly organisation: string;
  readonly entryId: string;
}

/** A `firearm-recovered` entry as the answer shows it. */
export interface Recovery {
  readonly recordedAt: string;
  readonly recoveredAt: string | null;
  readonly place: string | null;
  readonly recoveredBy: string | null;
  /** 'company' (back in a company's store) or 'authorities' (seized). */
  readonly custody: string | null;
  readonly facility: string | null;
  readonly organisation: string;
  readonly entryId: string;
}

/** A closed stock count in which the weapon was scanned (count items are kept per count session). */
export interface CountSighting {
  readonly countId: string;
  readonly facilityId: string;
  readonly closedAt: string;
  readonly kind: string;
}

/**
 * Ledger kinds the answer reads about this weapon (payload fields in docs/tracing.md): issues to a
 * guard (armoury, issue 4), and loss, theft or seizure reports and recoveries (incidents, issue 6).
 * Stock counts are not entries about the weapon (a 'stock-count-closed' entry names its facility):
 * the caller passes the closed counts whose items include it.
 */
export const ISSUE_KINDS: readonly string[] = ['firearm-issued'];
export const LOSS_REPORT_KIND = 'firearm-reported-missing';
export const RECOVERY_KIND = 'firearm-recovered';

function personName(id: string | null, names: AnswerNames): string | null {
  return id ? names.person(id) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function field(payload: unknown, name: string): unknown {
  return payload !== null && typeof payload === 'object'
    ? (payload as Record<string, unknown>)[name]
    : undefined;
}

/** The facts of a loss, theft or seizure report, read defensively (payload of `firearm-reported-missing`). */
export function readLossReport(
  payload: unknown,
): Omit<LossReport, 'reportedAt' | 'organisation' | 'entryId'> {
  return {
    status: text(field(payload, 'status')) ?? 'lost',
    occurredAt: text(field(payload, 'occurredAt')),
    discoveredAt: text(field(payload, 'discoveredAt')),
    place: text(field(payload, 'place')),
    incidentReference: text(field(payload, 'incidentReference')),
    policeReference: text(field(payload, 'policeReference')),
  };
}

function readRecovery(entry: AnswerEntry, names: AnswerNames): Recovery {
  const p = entry.payload;
  const facilityId = text(field(p, 'facilityId'));
  return {
    recordedAt: entry.recordedAt,
    recoveredAt: text(field(p, 'recoveredAt')),
    place: text(field(p, 'place')),
    recoveredBy: text(field(p, 'recoveredBy')),
    custody: text(field(p, 'custody')),
    facility: facilityId ? names.facility(facilityId) : null,
    organisation: names.organisation(entry.organisationId),
    entryId: entry.id,
  };
}

function compact(values: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((pair): pair is [string, string] => pair[1] !== null),
  );
}

function detailsOf(entry: AnswerEntry, names: AnswerNames): Record<string, string> {
  const p = entry.payload;
  switch (entry.kind) {
    case LOSS_REPORT_KIND: {
      const r = readLossReport(p);
      return compact({
        status: r.status,
        place: r.place,
        reference: r.incidentReference,
        police: r.policeReference,
      });
    }
    case RECOVERY_KIND: {
      const r = readRecovery(entry, names);
      return compact({
        place: r.place,
        recoveredBy: r.recoveredBy,
        custody: r.custody,
        facility: r.facility,
      });
    }
    case 'acquisition': {
      const a = p as Acquisition;
      return {
        facility: names.facility(a.facilityId),
        source: a.source.name,
        ...(a.source.reference ? { reference: a.source.reference } : {}),
      };
    }
    case 'transfer-out': {
      const t = p as TransferOut;
      return {
        to: names.organisation(t.toOrganisationId),
        ...(t.reference ? { reference: t.reference } : {}),
      };
    }
    case 'transfer-in': {
      const t = p as TransferIn;
      return { from: names.organisation(t.fromOrganisationId), facility: names.facility(t.facilityId) };
    }
    case 'move': {
      const m = p as Move;
      return { from: names.facility(m.fromFacilityId), to: names.facility(m.toFacilityId) };
    }
    case 'disposal': {
      const d = p as Disposal;
      return { method: d.method, certificate: d.certificateReference };
    }
    default: {
      const details: Record<string, string> = {};
      const facilityId = text(field(p, 'facilityId'));
      if (facilityId) details.facility = names.facility(facilityId);
      const guard =
        text(field(p, 'guardName')) ??
        personName(text(field(p, 'personnelId')), names) ??
        text(field(p, 'guardId'));
      if (guard) details.guard = guard;
      const shift = text(field(p, 'shift'));
      if (shift) details.shift = shift;
      const reason = text(field(p, 'reason'));
      if (reason) details.reason = reason;
      return details;
    }
  }
}

export function assembleTraceAnswer(
  firearm: TracedFirearm,
  entries: readonly AnswerEntry[],
  names: AnswerNames,
  countsSeenIn: readonly CountSighting[] = [],
): TraceAnswer {
  const ordered = [...entries].sort((a, b) =>
    a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0,
  );
  const acquisition = ordered.find((e) => e.kind === 'acquisition');
  const acquired = acquisition?.payload as Acquisition | undefined;
  const transfers = ordered
    .filter((e) => e.kind === 'transfer-out')
    .map((e) => {
      const t = e.payload as TransferOut;
      return {
        at: e.recordedAt,
        from: names.organisation(e.organisationId),
        to: names.organisation(t.toOrganisationId),
        reference: t.reference,
      };
    });
  const lastOf = (kinds: readonly string[]) => [...ordered].reverse().find((e) => kinds.includes(e.kind));
  const issue = lastOf(ISSUE_KINDS);
  const count = [...countsSeenIn].sort((a, b) =>
    a.closedAt < b.closedAt ? 1 : a.closedAt > b.closedAt ? -1 : 0,
  )[0];
  const lossReports: LossReport[] = ordered
    .filter((e) => e.kind === LOSS_REPORT_KIND)
    .map((e) => ({
      reportedAt: e.recordedAt,
      ...readLossReport(e.payload),
      organisation: names.organisation(e.organisationId),
      entryId: e.id,
    }));
  const recoveries = ordered.filter((e) => e.kind === RECOVERY_KIND).map((e) => readRecovery(e, names));
  const loss = lossReports.at(-1);
  const facilityOf = (e: AnswerEntry) => {
    const id = text(field(e.payload, 'facilityId'));
    return id ? names.facility(id) : null;
  };
  const isMissing = firearm.status === 'lost' || firearm.status === 'stolen' || firearm.status === 'seized';
  const { organisationId, facilityId, ...described } = firearm;
  return {
    firearm: described,
    nationalReference: firearm.firearmId,
    enteredSector:
      acquisition && acquired
        ? {
            at: acquisition.recordedAt,
            organisation: names.organisation(acquisition.organisationId),
            facility: names.facility(acquired.facilityId),
            sourceKind: acquired.source.kind,
            sourceName: acquired.source.name,
            sourceReference: acquired.source.reference,
          }
        : null,
    transfers,
    holder: {
      organisation: names.organisation(organisationId),
      facility: facilityId ? names.facility(facilityId) : null,
      status: firearm.status,
    },
    lastIssue: issue
      ? {
          at: issue.recordedAt,
          guard:
            text(field(issue.payload, 'guardName')) ??
            personName(text(field(issue.payload, 'personnelId')), names) ??
            text(field(issue.payload, 'guardId')) ??
            '',
          shift: text(field(issue.payload, 'shift')),
          facility: facilityOf(issue),
        }
      : null,
    lastCount: count
      ? { at: count.closedAt, facility: names.facility(count.facilityId), kind: count.kind }
      : null,
    // A weapon marked lost, stolen or seized with no report entry (e.g. imported so) still says so.
    lossOrTheft: loss
      ? { status: loss.status, reportedAt: loss.reportedAt, incidentReference: loss.incidentReference }
      : isMissing
        ? { status: firearm.status, reportedAt: null, incidentReference: null }
        : null,
    lossReports,
    recoveries,
    timeline: ordered.map((e) => ({
      at: e.recordedAt,
      kind: e.kind,
      organisation: names.organisation(e.organisationId),
      details: detailsOf(e, names),
      entryId: e.id,
    })),
  };
}
