import type { MarkingKind } from './marking-kinds';

/** The three elements of the ITI minimum marking (ITI para 8(a); Firearms Protocol Art 8(1)(a)). */
export const ITI_MARKING_ELEMENTS = ['manufacturer', 'countryOfManufacture', 'serial'] as const;
export type ItiMarkingElement = (typeof ITI_MARKING_ELEMENTS)[number];

/** One mark found on, or applied to, a weapon, as an armourer or assessor records it. */
export interface FirearmMarking {
  readonly kind: MarkingKind;
  /** The mark as it reads, e.g. "GLOCK AUSTRIA ABC123". */
  readonly text: string;
  /** Where on the weapon, e.g. "frame, right side" (ISACS 05.30: the frame or receiver first). */
  readonly location: string | null;
  /** YYYY-MM-DD, when known (a manufacture mark found on a weapon may have no date). */
  readonly appliedOn: string | null;
  readonly appliedBy: string | null;
  /**
   * What the mark gives, as read by a person. "countryOfManufacture" is also true for the ITI's
   * alternative: simple symbols with a code that let every State identify the country (para 8(a)).
   */
  readonly includes: Readonly<Record<ItiMarkingElement, boolean>>;
}

export interface MarkedFirearm {
  /** The weapon had no serial and was given one (by the State, the importer or the PSC). */
  readonly serialAssigned: boolean;
}

export type ItiMarkingAssessment =
  /** The marks recorded give all three elements, and an assigned serial has been marked. */
  | { readonly status: 'adequate' }
  /** No mark recorded yet and no serial assigned: the marks were not described, so nothing is flagged. */
  | { readonly status: 'not-recorded' }
  | {
      readonly status: 'inadequate';
      /** Elements that no recorded mark gives (empty when no mark is recorded). */
      readonly missing: readonly ItiMarkingElement[];
      /** A serial was assigned and no mark applied since carries it. */
      readonly isAssignedSerialUnmarked: boolean;
    };

/**
 * ITI para 8 (fact sheet §6.1, §11.7): a weapon's marking must give the name of the manufacturer, the
 * country of manufacture and the serial number; a weapon found without a unique marking must be given
 * one (para 8(b) at import; ISACS 05.30: inadequately marked weapons get country and year of import
 * and a unique serial, fact sheet §6.2). Hence, as issue 3 asks:
 *
 * - the recorded marks are taken together (manufacturer on the slide and serial on the frame is
 *   common), and the weapon is inadequately marked when none of them gives one of the three elements;
 * - a weapon whose serial was assigned (it had none) is inadequately marked until a mark carrying the
 *   serial is applied; a manufacture mark cannot be that mark, as the weapon left the factory without
 *   it, so only import, state or PSC secondary marks count;
 * - with no mark recorded and no assigned serial, the status is "not-recorded", not inadequate: the
 *   record itself must name the three (the registry requires them), and whether the metal shows them
 *   is unknown until someone describes the marks.
 *
 * The mark's location is free text and not judged here; an assessor reads it.
 */
export function assessItiMarking(
  markings: readonly FirearmMarking[],
  firearm: MarkedFirearm,
): ItiMarkingAssessment {
  const missing =
    markings.length === 0
      ? []
      : ITI_MARKING_ELEMENTS.filter((element) => !markings.some((marking) => marking.includes[element]));
  const isAssignedSerialUnmarked =
    firearm.serialAssigned &&
    !markings.some((marking) => marking.kind !== 'manufacture' && marking.includes.serial);
  if (missing.length > 0 || isAssignedSerialUnmarked)
    return { status: 'inadequate', missing, isAssignedSerialUnmarked };
  return markings.length === 0 ? { status: 'not-recorded' } : { status: 'adequate' };
}

/** The registry's flag "inadequately marked" (ITI para 8): see `assessItiMarking` for the rule. */
export function isInadequatelyMarked(markings: readonly FirearmMarking[], firearm: MarkedFirearm): boolean {
  return assessItiMarking(markings, firearm).status === 'inadequate';
}
