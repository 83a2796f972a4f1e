import type { UiLanguage } from '../../language';

/** What the review page says about an export beside its download. */
export interface ExportTexts {
  readonly failed: string;
  readonly unlistedOrganisation: string;
  readonly invalid: (records: readonly string[]) => string;
  readonly unassessed: (rows: number) => string;
  readonly assessedOnOwnText: (rows: number) => string;
  readonly incomplete: (records: number) => string;
}

const named = (records: readonly string[]) =>
  records
    .filter((record) => record !== '')
    .map((record) => `“${record}”`)
    .join(', ');

/** The export's sentences in Dutch and English. */
export const EXPORT_TEXTS: Readonly<Record<UiLanguage, ExportTexts>> = {
  nl: {
    failed: 'Het exporteren is mislukt. Probeer het opnieuw.',
    unlistedOrganisation:
      'De organisatie van deze pagina staat niet op de TOOI-lijsten die DiWoo kent; vraag de beheerder de instelling te herstellen.',
    invalid: (records) =>
      `Er is niets gedownload: een bestand zou geen geldige XML zijn${records.some((r) => r !== '') ? `, voor ${named(records)}` : ''}.`,
    unassessed: (rows) =>
      `${rows} ${rows === 1 ? 'rij is' : 'rijen zijn'} nog niet beoordeeld en ${rows === 1 ? 'staat' : 'staan'} als “Niet openbaar” vermeld, met toelichting.`,
    assessedOnOwnText: (rows) =>
      `${rows} ${rows === 1 ? 'bijlage is' : 'bijlagen zijn'} door Bronvast op de eigen tekst beoordeeld: controleer ze voor publicatie.`,
    incomplete: (records) =>
      `${records} ${records === 1 ? 'record mist' : 'records missen'} gegevens; de export bevat wat bekend is.`,
  },
  en: {
    failed: 'The export failed. Please try again.',
    unlistedOrganisation:
      "This page's organisation is not on the TOOI lists DiWoo knows; ask the administrator to correct the setting.",
    invalid: (records) =>
      `Nothing was downloaded: a file would not be valid XML${records.some((r) => r !== '') ? `, for ${named(records)}` : ''}.`,
    unassessed: (rows) =>
      `${rows} ${rows === 1 ? 'row is' : 'rows are'} not yet assessed and stated as “Niet openbaar”, with a note.`,
    assessedOnOwnText: (rows) =>
      `${rows} ${rows === 1 ? 'attachment was' : 'attachments were'} assessed by Bronvast on their own text: check them before publishing.`,
    incomplete: (records) =>
      `${records} ${records === 1 ? 'record lacks' : 'records lack'} data; the export holds what is known.`,
  },
};
