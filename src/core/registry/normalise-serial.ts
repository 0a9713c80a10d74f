/**
 * The form in which serials are compared and stored for search (ISACS 05.31: the serial on the frame
 * or receiver is the primary reference for identifying a weapon, fact sheet §6.5):
 *
 * 1. Unicode NFKC, so that full-width "ＡＢ１２" pasted from another system reads "AB12";
 * 2. upper case (locale-independent);
 * 3. letters and decimal digits only: spaces, tabs and every separator or symbol ("-", ".", "/",
 *    "_", "#", "№", quotes…) dropped, so "AB-12 345", "ab 12.345" and "AB12345" are one serial;
 * 4. NFC again, because dropping a character can leave neighbours that compose (Hangul jamo).
 *
 * Letters of any script are kept: Soviet-pattern weapons carry Cyrillic serial letters, and turning
 * "Б" into "B" or "О" into "0" is confusable folding, which tracing does when it searches, not here;
 * the record keeps what is marked. Accented letters stay accented for the same reason.
 */
export function normaliseSerial(serial: string): string {
  return serial
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{Nd}]/gu, '')
    .normalize('NFC');
}
