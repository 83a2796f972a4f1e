import type { ExportOrganisation } from './export-config';

/** Options of an inventory list. */
export interface InventoryOptions {
  /**
   * The Matter column: the kenmerk of the Woo request the documents are gathered for; default
   * each row's dossier kenmerk in the platform's characters.
   */
  readonly matter?: string;
  /** The Zaaknummer column: the Woo request's case number(s), `;`-separated; default empty. */
  readonly zaaknummer?: string;
  /** The organisation that decides; art. 5.4a is cited only for one it applies to. */
  readonly organisation?: ExportOrganisation;
}

/** Why inventory options cannot be used, as a code. */
export type InventoryOptionError = 'invalid-matter' | 'invalid-zaaknummer';

// The characters the Rijk's publication platform accepts (minvws/nl-rdo-woo-web:
// `DocumentMatter::PATTERN = /^[a-zA-Z0-9-._~]*$/`, 1-255 long; its manual asks at least 2;
// `Inquiry::INQUIRY_NUMBER_REGEX = /^[a-z0-9-.;\(\) ]+$/i` for each case number, which it
// separates at `;` and `,`).
const MATTER = /^[a-zA-Z0-9\-._~]{2,255}$/;
const CASE_NUMBER = /^[a-z0-9\-.;() ]+$/i;
const NOT_MATTER_CHARS = /[^a-zA-Z0-9\-._~]/g;

/** The case numbers of a Zaaknummer option, as the platform separates them. */
export function caseNumbers(zaaknummer: string): string[] {
  return zaaknummer
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Checks the options a person gave against the platform's rules; null when they are fine. */
export function checkInventoryOptions(options: InventoryOptions): InventoryOptionError | null {
  if (options.matter !== undefined && !MATTER.test(options.matter)) return 'invalid-matter';
  if (options.zaaknummer !== undefined) {
    const numbers = caseNumbers(options.zaaknummer);
    if (numbers.length === 0 || !numbers.every((number) => CASE_NUMBER.test(number)))
      return 'invalid-zaaknummer';
  }
  return null;
}

/** A dossier kenmerk as a Matter: characters the platform refuses become `-` (`BZK/2025 1` -> `BZK-2025-1`). */
export function matterOfDossier(dossier: string): string {
  return dossier.trim().replace(NOT_MATTER_CHARS, '-');
}
