/** A short text in the two languages Custodia ships with (Spanish first: the users' language). */
export interface LocalizedText {
  readonly es: string;
  readonly en: string;
}
