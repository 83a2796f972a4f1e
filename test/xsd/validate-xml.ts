import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const FIXTURES = join(__dirname, '..', 'fixtures', 'xsd');
const MDTO_URL = 'https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd';
const MDTO_FILE = 'MDTO-XML1.0.1.xsd';

const read = (name: string): XMLFileInfo => ({
  fileName: name,
  contents: readFileSync(join(FIXTURES, name), 'utf8'),
});

// DiWoo imports MDTO by its https address; the validator gets the local copy under that name
// instead, and runs with --nonet, so nothing is ever downloaded.
const diwooSchema = (): XMLFileInfo => {
  const schema = read('diwoo-metadata.xsd');
  return { ...schema, contents: String(schema.contents).replace(MDTO_URL, MDTO_FILE) };
};

/** Which official schema a document is checked against. */
export type SchemaName = 'diwoo' | 'mdto';

/** The validator's verdict: valid, or its messages. */
export interface XmlVerdict {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/** Validates documents against DiWoo 0.9.8 or MDTO 1.0.1 with libxml2 (xmllint, WebAssembly). */
export async function validateAgainst(
  schema: SchemaName,
  documents: readonly { readonly name: string; readonly xml: string }[],
): Promise<XmlVerdict> {
  const result = await validateXML({
    xml: documents.map((document) => ({ fileName: document.name, contents: document.xml })),
    schema: schema === 'diwoo' ? diwooSchema() : read(MDTO_FILE),
    preload: schema === 'diwoo' ? [read('diwoo-metadata-lijsten.xsd'), read(MDTO_FILE)] : [],
    modifyArguments: (args) => ['--nonet', ...args],
    maxMemoryPages: 4096,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
