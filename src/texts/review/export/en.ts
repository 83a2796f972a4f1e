import { namedRecords, type ExportTexts } from './export-texts';

export const EXPORT_EN: ExportTexts = {
  failed: 'The export failed. Please try again.',
  unlistedOrganisation:
    "This page's organisation is not on the TOOI lists DiWoo knows; ask the administrator to correct the setting.",
  invalid: (records) =>
    `Nothing was downloaded: a file would not be valid XML${records.some((r) => r !== '') ? `, for ${namedRecords(records)}` : ''}.`,
  unassessed: (rows) =>
    `${rows} ${rows === 1 ? 'row is' : 'rows are'} not yet assessed and stated as “Niet openbaar”, with a note.`,
  assessedOnOwnText: (rows) =>
    `${rows} ${rows === 1 ? 'attachment was' : 'attachments were'} assessed by Bronvast on their own text: check them before publishing.`,
  incomplete: (records) =>
    `${records} ${records === 1 ? 'record lacks' : 'records lack'} data; the export holds what is known.`,
};
