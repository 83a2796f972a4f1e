/**
 * The columns of the Woo inventory list ("productierapport"), in the order and with the header
 * text of the Rijk's upload template (`productierapport_template.xlsx`, sheet `Sheet1`).
 */
export const INVENTORY_COLUMNS = [
  'ID',
  'Matter',
  'Family',
  'Email Thread ID',
  'Document',
  'File Type',
  'Datum',
  'Beoordeling',
  'Opgeschort',
  'Beoordelingsgrond',
  'Toelichting',
  'Publieke Link',
  'Gerelateerd ID',
  'Zaaknummer',
] as const;

/** The template's sheet name. */
export const INVENTORY_SHEET = 'Sheet1';

/** How the template separates grounds in one cell (`5.1.1c; 5.1.2e`). */
export const GROUND_SEPARATOR = '; ';

/** Column widths of the template, in characters, in column order. */
export const INVENTORY_WIDTHS: readonly number[] = [
  9.5, 9.7, 8.7, 15.5, 53.8, 9.8, 15.5, 17.3, 12.5, 24.5, 33.8, 31.3, 18.7, 16.8,
];
