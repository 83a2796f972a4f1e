/**
 * The two areas of the records library, two folders at its root (docs/trust.md). Officers file
 * into the intake area, where SharePoint lets them add and change files; a records manager's
 * decision moves a record into the records area, which only records managers may change. A
 * move within one library keeps the record's item id and its version history.
 */
export const INTAKE_FOLDER = 'Aanlevering';

/** The records area: one folder per dossier below it, written only by records managers. */
export const RECORDS_FOLDER = 'Archief';

/** The folder of a dossier in an area, relative to the library's root. */
export const areaFolder = (area: string, dossier: string): string => `${area}/${dossier}`;
