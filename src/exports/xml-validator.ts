/** What a file is checked against: an official schema, or XML 1.0 well-formedness alone. */
export type XmlCheck = 'diwoo' | 'mdto' | 'sitemap' | 'well-formed';

/** A file to check: its name (in messages) and its text. */
export interface XmlFile {
  readonly name: string;
  readonly text: string;
}

/** One problem a validator found, by file. */
export interface XmlProblem {
  readonly file: string;
  readonly message: string;
}

/** A validator's verdict on a set of files. */
export type XmlVerdict =
  { readonly valid: true } | { readonly valid: false; readonly problems: readonly XmlProblem[] };

/**
 * Checks export files before the export counts as done: `validateXmlFiles` (libxml2 against
 * the official schemas, Node) or `checkWellFormedInBrowser` (the browser's parser).
 */
export type XmlValidator = (check: XmlCheck, files: readonly XmlFile[]) => Promise<XmlVerdict>;
