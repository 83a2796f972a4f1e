import { validateXmlFiles } from '../../src/exports/validate-xml';
import type { XmlCheck } from '../../src/exports/xml-validator';

/** Which official schema a document is checked against. */
export type SchemaName = Exclude<XmlCheck, 'well-formed'>;

/** The validator's verdict: valid, or its messages (`file: message`). */
export interface XmlVerdict {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/**
 * Validates documents against DiWoo 0.9.8, MDTO 1.0.1 or the sitemap protocol with libxml2
 * (xmllint, WebAssembly), with the validator every export runs on its own files.
 */
export async function validateAgainst(
  schema: SchemaName,
  documents: readonly { readonly name: string; readonly xml: string }[],
): Promise<XmlVerdict> {
  const verdict = await validateXmlFiles(
    schema,
    documents.map((document) => ({ name: document.name, text: document.xml })),
  );
  return verdict.valid
    ? { valid: true, errors: [] }
    : { valid: false, errors: verdict.problems.map((p) => `${p.file}: ${p.message}`) };
}
