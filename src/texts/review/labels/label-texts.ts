/** How the detail names columns and values, with their codes on demand. */
export interface LabelTexts {
  /** The switch that shows the codes beside the labels. */
  readonly showCodes: string;
  /** The records library's columns by internal name; a column not named here shows its name. */
  readonly columns: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly no: string;
  readonly noCategory: string;
  /** A category code that is not one of the Woo's (a column written by hand). */
  readonly unknownCategory: (code: string) => string;
}
