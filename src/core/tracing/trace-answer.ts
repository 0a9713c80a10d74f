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
  readonly lastCount: { readonly at: string; readonly facility: string | null } | null;
  readonly lossOrTheft: { readonly status: string; readonly reportedAt: string | null } | null;
  readonly timeline: readonly TimelineItem[];
}

/**
 * Extension points for the armoury-operations and incidents capabilities: ledger kinds that record
 * an issue to a guard, a stock count, and a loss or theft. Issues and counts exist since issue 4
 * ('firearm-issued' with personnelId and shift; 'stock-count-closed'); losses come with incidents.
 * Their entries about this weapon are read here by these names (payload fields in docs/tracing.md).
 */
export const ISSUE_KINDS: readonly string[] = ['firearm-issued'];
export const COUNT_KINDS: readonly string[] = ['stock-count-closed', 'stock-count', 'count-completed'];
export const LOSS_KINDS: readonly string[] = ['loss', 'theft', 'firearm-lost', 'firearm-stolen'];

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

function detailsOf(entry: AnswerEntry, names: AnswerNames): Record<string, string> {
  const p = entry.payload;
  switch (entry.kind) {
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
      const guard = text(field(p, 'guardName')) ?? text(field(p, 'guardId'));
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
  const count = lastOf(COUNT_KINDS);
  const loss = lastOf(LOSS_KINDS);
  const facilityOf = (e: AnswerEntry) => {
    const id = text(field(e.payload, 'facilityId'));
    return id ? names.facility(id) : null;
  };
  const isLostOrStolen = firearm.status === 'lost' || firearm.status === 'stolen';
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
    lastCount: count ? { at: count.recordedAt, facility: facilityOf(count) } : null,
    lossOrTheft: loss
      ? { status: loss.kind, reportedAt: loss.recordedAt }
      : isLostOrStolen
        ? { status: firearm.status, reportedAt: null }
        : null,
    timeline: ordered.map((e) => ({
      at: e.recordedAt,
      kind: e.kind,
      organisation: names.organisation(e.organisationId),
      details: detailsOf(e, names),
      entryId: e.id,
    })),
  };
}
