import type { QdFactorTable, ScaledDistanceLaw } from './quantity-distance';

const AASTP =
  'NATO AASTP-1 Part I Section II Table 5 (fact sheet §3 [C] via fcento100/AASTP-1-Calculator, josh-spatial/qdmap)';
const AASTP_RANGE = { min: 1, max: 500_000 };

// BD31 = 1.5·Q^(2/3) below 2,500 kg; 5.5·Q^(1/2) to 4,500 kg; 22.2·Q^(1/3) above.
const BD31: ScaledDistanceLaw = {
  pieces: [
    { belowNeqKg: 2_500, coefficient: 1.5, exponent: 2 / 3 },
    { belowNeqKg: 4_500, coefficient: 5.5, exponent: 1 / 2 },
    { coefficient: 22.2, exponent: 1 / 3 },
  ],
  validNeqKg: AASTP_RANGE,
  source: AASTP + ', BD31',
};

// BD26 = 1.0·Q^(2/3) below 2,500 kg; 3.6·Q^(1/2) to 4,500 kg; 14.8·Q^(1/3) above.
const BD26: ScaledDistanceLaw = {
  pieces: [
    { belowNeqKg: 2_500, coefficient: 1.0, exponent: 2 / 3 },
    { belowNeqKg: 4_500, coefficient: 3.6, exponent: 1 / 2 },
    { coefficient: 14.8, exponent: 1 / 3 },
  ],
  validNeqKg: AASTP_RANGE,
  source: AASTP + ', BD26',
};

// BD5 = 1.1·Q^(1/3): AASTP-1 HD 1.1 front-to-side between earth-covered magazines, the largest of the
// inter-magazine examples the fact sheet gives (BD3 0.5, BD4 0.8, BD5 1.1).
const BD5: ScaledDistanceLaw = {
  pieces: [{ coefficient: 1.1, exponent: 1 / 3 }],
  validNeqKg: AASTP_RANGE,
  source: AASTP + ', BD5',
};

/**
 * EXAMPLE — NOT IATG VALUES. Which blast-distance function IATG 02.20 uses for each distance type is
 * [U] (fact sheet §3 and §11.5: ship no k until verified against IATG 02.20:2021). This table uses the
 * AASTP-1 functions the fact sheet *believes* are the IBD (BD31, 22.2) and PTRD (BD26, 14.8) for HD 1.1,
 * and BD5 as an inside distance, to show the engine working. HD 1.5 is given the 1.1 laws (Tukes, Finland,
 * treats 1.1 and 1.5 alike). HD 1.2, 1.3, 1.4 and 1.6 have no entry: their IATG rules are [U] and believed
 * not to be cube-root laws, so the engine answers "no factor" rather than a made-up distance.
 * A country replaces this table with its own.
 */
export const EXAMPLE_QD_FACTORS: QdFactorTable = {
  id: 'example-aastp-1',
  source: 'Example only: ' + AASTP,
  laws: {
    '1.1': { inside: BD5, 'inhabited-building': BD31, 'public-traffic-route': BD26 },
    '1.5': { inside: BD5, 'inhabited-building': BD31, 'public-traffic-route': BD26 },
  },
};
