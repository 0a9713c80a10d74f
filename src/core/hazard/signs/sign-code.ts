import type { CompatibilityGroup } from '../compatibility-groups';
import { isCompatibilityGroup } from '../compatibility-groups';
import type { FireDivision } from '../fire-division';
import type { HazardDivision } from '../hazard-divisions';
import { isHazardDivision } from '../hazard-divisions';
import type { SupplementarySign } from '../supplementary-signs';
import { SUPPLEMENTARY_SIGNS } from '../supplementary-signs';

/**
 * A sign a store can carry, written as a short code that is also its file name:
 * - `fire-division-1` … `fire-division-4`: the fire-division symbol (fact sheet §2);
 * - `class-1-1.4S`: the UN class 1 placard with division and compatibility group; `class-1-1.4` when the
 *   store has no single group (an incompatible mix);
 * - `apply-no-water`, `wear-breathing-apparatus`, `chemical-hazard`: supplementary signs.
 */
export type SignCode = string;

export type Sign =
  | { readonly kind: 'fire-division'; readonly fireDivision: FireDivision }
  | {
      readonly kind: 'class-1';
      readonly hazardDivision: HazardDivision;
      readonly compatibilityGroup: CompatibilityGroup | null;
    }
  | { readonly kind: 'supplementary'; readonly sign: SupplementarySign };

export const SIGN_CODE_PATTERN =
  /^(fire-division-[1-4]|class-1-1\.[1-6][A-HJKLNS]?|apply-no-water|wear-breathing-apparatus|chemical-hazard)$/;

export function formatSignCode(sign: Sign): SignCode {
  switch (sign.kind) {
    case 'fire-division':
      return `fire-division-${sign.fireDivision}`;
    case 'class-1':
      return `class-1-${sign.hazardDivision}${sign.compatibilityGroup ?? ''}`;
    case 'supplementary':
      return sign.sign;
  }
}

/** The sign a code names, or undefined for a code that names no sign. */
export function parseSignCode(code: string): Sign | undefined {
  if (!SIGN_CODE_PATTERN.test(code)) return undefined;
  if (code.startsWith('fire-division-'))
    return { kind: 'fire-division', fireDivision: Number(code.slice(-1)) as FireDivision };
  if (code.startsWith('class-1-')) {
    const hazardDivision = code.slice(8, 11);
    const group = code.slice(11);
    if (!isHazardDivision(hazardDivision)) return undefined;
    return {
      kind: 'class-1',
      hazardDivision,
      compatibilityGroup: isCompatibilityGroup(group) ? group : null,
    };
  }
  const supplementary = SUPPLEMENTARY_SIGNS.find((sign) => sign === code);
  return supplementary === undefined ? undefined : { kind: 'supplementary', sign: supplementary };
}
