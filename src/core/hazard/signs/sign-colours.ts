/**
 * Colours of the signs. Orange and black for the fire-division symbols and the class 1 placard (fact
 * sheet §2 [C, US Navy]: orange symbol, black numeral; addendum §2 [P]: the UN class 1 colour code). The
 * supplementary-sign colours are Custodia's choice in the ISO 7010 manner (prohibition red, mandatory
 * blue, warning yellow): the IATG 02.50 designs are [U].
 */
export const SIGN_COLOURS = {
  orange: '#F47B20',
  black: '#000000',
  white: '#FFFFFF',
  red: '#D71920',
  blue: '#005387',
  yellow: '#FFD200',
} as const;
