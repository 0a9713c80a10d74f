import type { HazardDivision } from './hazard-divisions';

/** Distance types of IATG 02.20 (fact sheet §3 [C]): inside (inter-magazine), and the two outside ones. */
export const DISTANCE_TYPES = ['inside', 'inhabited-building', 'public-traffic-route'] as const;
export type DistanceType = (typeof DISTANCE_TYPES)[number];

/** D = coefficient · Q^exponent, for Q below `belowNeqKg`; the last piece has no bound. */
export interface ScaledDistancePiece {
  readonly belowNeqKg?: number;
  readonly coefficient: number;
  readonly exponent: number;
}

/**
 * A distance law, D in metres from Q in kg NEQ (Hopkinson–Cranz, fact sheet §3). One piece is the plain
 * D = k·Q^(1/3); several pieces give the AASTP-1 piecewise forms (k₁·Q^(2/3) below 2,500 kg,
 * k₂·Q^(1/2) to 4,500 kg, k₃·Q^(1/3) above) or a k that changes with Q (BD1, BD2).
 */
export interface ScaledDistanceLaw {
  /** Ordered by `belowNeqKg`, ascending. */
  readonly pieces: readonly ScaledDistancePiece[];
  /** Range of Q the law was defined for (AASTP-1 BD functions: 1–500,000 kg); outside it there is no answer. */
  readonly validNeqKg?: { readonly min: number; readonly max: number };
  /** A floor, e.g. a fragment distance, when the country's table has one. */
  readonly minimumDistanceM?: number;
  readonly source: string;
}

/** Distance laws keyed by hazard division and distance type: configuration, never code. */
export interface QdFactorTable {
  readonly id: string;
  readonly source: string;
  readonly laws: Readonly<
    Partial<Record<HazardDivision, Readonly<Partial<Record<DistanceType, ScaledDistanceLaw>>>>>
  >;
}

export type QuantityDistanceRefusal =
  | { readonly code: 'INVALID_NEQ'; readonly neqKg: number }
  | { readonly code: 'INVALID_LAW' }
  | {
      readonly code: 'NEQ_OUTSIDE_VALID_RANGE';
      readonly neqKg: number;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly code: 'NO_FACTOR';
      readonly hazardDivision: HazardDivision;
      readonly distanceType: DistanceType;
    };

export type QuantityDistanceResult =
  | { readonly ok: true; readonly distanceM: number }
  | { readonly ok: false; readonly refusal: QuantityDistanceRefusal };

/** The plain law D = k·Q^(1/3) for a factor given directly. */
export function cubeRootLaw(k: number, source = 'factor given by the user'): ScaledDistanceLaw {
  return { pieces: [{ coefficient: k, exponent: 1 / 3 }], source };
}

/** Distance for Q under a law, rounded up to the whole metre (fact sheet §3: "rounded up to the metre"). */
export function computeQuantityDistance(neqKg: number, law: ScaledDistanceLaw): QuantityDistanceResult {
  if (!Number.isFinite(neqKg) || neqKg < 0) return { ok: false, refusal: { code: 'INVALID_NEQ', neqKg } };
  if (!isUsableLaw(law)) return { ok: false, refusal: { code: 'INVALID_LAW' } };
  const range = law.validNeqKg;
  if (range !== undefined && neqKg > 0 && (neqKg < range.min || neqKg > range.max)) {
    return { ok: false, refusal: { code: 'NEQ_OUTSIDE_VALID_RANGE', neqKg, min: range.min, max: range.max } };
  }
  // No explosive, no distance.
  if (neqKg === 0) return { ok: true, distanceM: 0 };
  const piece = law.pieces.find(
    (candidate) => candidate.belowNeqKg === undefined || neqKg < candidate.belowNeqKg,
  );
  if (piece === undefined) {
    // The last piece is bounded and Q is beyond it: the law does not cover Q.
    const last = law.pieces[law.pieces.length - 1]?.belowNeqKg ?? 0;
    return { ok: false, refusal: { code: 'NEQ_OUTSIDE_VALID_RANGE', neqKg, min: 0, max: last } };
  }
  const distance = piece.coefficient * power(neqKg, piece.exponent);
  return { ok: true, distanceM: Math.max(roundUpToMetre(distance), law.minimumDistanceM ?? 0) };
}

/** The distance a table gives for a hazard division and distance type, or why it gives none. */
export function findQuantityDistance(
  table: QdFactorTable,
  hazardDivision: HazardDivision,
  distanceType: DistanceType,
  neqKg: number,
): QuantityDistanceResult {
  const law = table.laws[hazardDivision]?.[distanceType];
  if (law === undefined) return { ok: false, refusal: { code: 'NO_FACTOR', hazardDivision, distanceType } };
  return computeQuantityDistance(neqKg, law);
}

function isUsableLaw(law: ScaledDistanceLaw): boolean {
  return (
    law.pieces.length > 0 &&
    law.pieces.every(
      (piece) =>
        Number.isFinite(piece.coefficient) && piece.coefficient > 0 && Number.isFinite(piece.exponent),
    )
  );
}

// Exact roots where they exist: Math.pow(1000, 1/3) is 9.999999999999998, Math.cbrt(1000) is 10.
function power(q: number, exponent: number): number {
  if (exponent === 1 / 3) return Math.cbrt(q);
  if (exponent === 1 / 2) return Math.sqrt(q);
  if (exponent === 2 / 3) return Math.cbrt(q) ** 2;
  return q ** exponent;
}

// Ignore floating-point noise below a micrometre so that 22.2 × 10 does not round up to 223 m.
function roundUpToMetre(distance: number): number {
  return Math.ceil(distance - 1e-6);
}
