/**
 * What is wrong with a filed record, as far as a reader can tell: its Bronvast columns are
 * missing or malformed, its dossier is not in the registry, or its file cannot be downloaded.
 */
export type RecordWarning =
  'columns-missing' | 'dossier-unknown' | 'filed-at-invalid' | 'sha256-malformed' | 'file-missing';
