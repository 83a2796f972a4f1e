/** An organisation as DiWoo and MDTO refer to it: its TOOI id and its name. */
export interface ExportOrganisation {
  /** e.g. `https://identifier.overheid.nl/tooi/id/ministerie/mnre1034`. */
  readonly tooiUri: string;
  readonly name: string;
}

/** What the XML exports take from configuration rather than from the records. */
export interface XmlExportConfig {
  /** DiWoo's publisher and MDTO's archiefvormer. */
  readonly organisation: ExportOrganisation;
  /** The language of the records (DiWoo's taal list, MDTO's xsd:language); default Dutch. */
  readonly language?: 'nl' | 'en';
  /** MDTO's waardering; default "nog niet bepaald" until the selection list says otherwise. */
  readonly waardering?: { readonly label: string; readonly code?: string };
}

const TOOI_ORGANISATION =
  /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/(gemeente|ministerie|provincie|waterschap|zbo|oorg|so|col)\/[a-z0-9_]+$/;

/** Whether a string has the form of a TOOI organisation id (the DiWoo lists hold the values). */
export function isTooiOrganisation(uri: string): boolean {
  return TOOI_ORGANISATION.test(uri);
}
