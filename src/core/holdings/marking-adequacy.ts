/**
 * ITI para 8: a firearm must carry a unique marking with the name of the manufacturer, the country
 * of manufacture and the serial number. A weapon is flagged "inadequately marked":
 * - when markings were recorded and, taken together, they lack any of the three; or
 * - when it had no serial and was given one (ITI para 8(c)), until a mark carrying the serial is applied.
 * With no marking recorded at all, the record's own ITI fields (all required) stand for the marks.
 */
export interface MarkingFacts {
  readonly includesManufacturer: boolean;
  readonly includesCountryOfManufacture: boolean;
  readonly includesSerial: boolean;
  /** Applied after registration (a marking entry), as opposed to found on the weapon. */
  readonly appliedLater: boolean;
}

export function isInadequatelyMarked(serialAssigned: boolean, markings: readonly MarkingFacts[]): boolean {
  if (serialAssigned && !markings.some((m) => m.appliedLater && m.includesSerial)) return true;
  if (markings.length === 0) return false;
  const has = (key: 'includesManufacturer' | 'includesCountryOfManufacture' | 'includesSerial') => markings.some((m) => m[key]);
  return !(has('includesManufacturer') && has('includesCountryOfManufacture') && has('includesSerial'));
}
