import type { StoreAssessment } from '../assess-store';
import type { Sign, SignCode } from './sign-code';
import { formatSignCode } from './sign-code';

/**
 * The signs a store should carry (fact sheet §2 placement [C, US]: post the sign for the most hazardous
 * material present): its fire-division symbol, the class 1 placard of its collective HD and mixed-load
 * group, then any supplementary signs. An empty store needs none.
 */
export function findRequiredSigns(assessment: StoreAssessment): Sign[] {
  if (assessment.hazardDivision === null || assessment.fireDivision === null) return [];
  return [
    { kind: 'fire-division', fireDivision: assessment.fireDivision },
    {
      kind: 'class-1',
      hazardDivision: assessment.hazardDivision,
      compatibilityGroup: assessment.compatibilityGroup,
    },
    ...assessment.supplementarySigns.map((sign) => ({ kind: 'supplementary', sign }) as const),
  ];
}

export function findRequiredSignCodes(assessment: StoreAssessment): SignCode[] {
  return findRequiredSigns(assessment).map(formatSignCode);
}
