/** An organisation as DiWoo and MDTO refer to it: its TOOI id and its name. */
export interface ExportOrganisation {
  /** e.g. `https://identifier.overheid.nl/tooi/id/ministerie/mnre1034`. */
  readonly tooiUri: string;
  readonly name: string;
}

/** MDTO's closed list of waarderingen by code: B blijvend, V tijdelijk te bewaren, N nader te bepalen. */
export type WaarderingCode = 'B' | 'V' | 'N';

/**
 * Why DiWoo documents are published: active disclosure (`actief`, each record under its own
 * information category) or with the decision on a Woo request (`woo-verzoek`, every record
 * under art. 3.3 lid 2 onderdeel i, "Woo-verzoeken en -besluiten").
 */
export type PublicationContext = 'actief' | 'woo-verzoek';

/** What the XML exports take from configuration rather than from the records. */
export interface XmlExportConfig {
  /** DiWoo's publisher and MDTO's archiefvormer, checked against the TOOI lists. */
  readonly organisation: ExportOrganisation;
  /**
   * The organisation's mail domains: a mail from one of them was sent by the organisation
   * (MDTO Verzending, DiWoo vaststelling), any other was received (Ontvangst, ontvangst).
   */
  readonly organisationDomains: readonly string[];
  /** The language of the records (DiWoo's taal list, MDTO's xsd:language); default Dutch. */
  readonly language?: 'nl' | 'en';
  /** MDTO's waardering; default N, "Nader te bepalen", until the selection list says otherwise. */
  readonly waardering?: WaarderingCode;
  /** DiWoo's publication context; default `actief`. */
  readonly context?: PublicationContext;
}
