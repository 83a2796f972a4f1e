import { namedRecords, type ExportTexts } from './export-texts';

export const EXPORT_NL: ExportTexts = {
  failed: 'Het exporteren is mislukt. Probeer het opnieuw.',
  unlistedOrganisation:
    'De organisatie van deze pagina staat niet op de TOOI-lijsten die DiWoo kent; vraag de beheerder de instelling te herstellen.',
  invalid: (records) =>
    `Er is niets gedownload: een bestand zou geen geldige XML zijn${records.some((r) => r !== '') ? `, voor ${namedRecords(records)}` : ''}.`,
  unassessed: (rows) =>
    `${rows} ${rows === 1 ? 'rij is' : 'rijen zijn'} nog niet beoordeeld en ${rows === 1 ? 'staat' : 'staan'} als “Niet openbaar” vermeld, met toelichting.`,
  assessedOnOwnText: (rows) =>
    `${rows} ${rows === 1 ? 'bijlage is' : 'bijlagen zijn'} door Bronvast op de eigen tekst beoordeeld: controleer ze voor publicatie.`,
  incomplete: (records) =>
    `${records} ${records === 1 ? 'record mist' : 'records missen'} gegevens; de export bevat wat bekend is.`,
};
