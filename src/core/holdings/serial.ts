/**
 * A serial as compared: upper case, letters and digits only (spaces, hyphens, dots, slashes and
 * other separators dropped). Confusable characters (0/O, 1/I…) are not folded here: the record
 * keeps what is marked; tracing folds them when it searches.
 */
export function normaliseSerial(serial: string): string {
  return serial
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
