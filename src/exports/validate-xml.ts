import type { XMLFileInfo } from 'xmllint-wasm';
import type { XmlCheck, XmlFile, XmlProblem, XmlValidator } from './xml-validator';

const MDTO_URL = 'https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd';
const MDTO_FILE = 'MDTO-XML1.0.1.xsd';
/** Files per run of the validator: its schemas are parsed once per run. */
const BATCH = 250;

interface Schemas {
  readonly schema: XMLFileInfo;
  readonly preload: readonly XMLFileInfo[];
}

// The schemas are loaded with the validator, only when an export runs. DiWoo imports MDTO by its
// https address; the validator gets the local copy under that name and runs with --nonet, so
// nothing is ever downloaded.
async function schemasFor(check: Exclude<XmlCheck, 'well-formed'>): Promise<Schemas> {
  const { MDTO_XSD } = await import('./schemas/mdto-xsd');
  const mdto = { fileName: MDTO_FILE, contents: MDTO_XSD };
  if (check === 'mdto') return { schema: mdto, preload: [] };
  const { DIWOO_METADATA_XSD } = await import('./schemas/diwoo-metadata-xsd');
  const { DIWOO_LISTS_XSD } = await import('./schemas/diwoo-lists-xsd');
  const diwoo = {
    fileName: 'diwoo-metadata.xsd',
    contents: DIWOO_METADATA_XSD.replace(MDTO_URL, MDTO_FILE),
  };
  const lists = { fileName: 'diwoo-metadata-lijsten.xsd', contents: DIWOO_LISTS_XSD };
  if (check === 'diwoo') return { schema: diwoo, preload: [lists, mdto] };
  const { SITEMAP_XSD } = await import('./schemas/sitemap-xsd');
  return {
    schema: { fileName: 'sitemap.xsd', contents: SITEMAP_XSD },
    preload: [diwoo, lists, mdto],
  };
}

/**
 * Checks files with libxml2 (xmllint compiled to WebAssembly, in a worker thread in Node and a
 * Web Worker in the browser): against DiWoo 0.9.8, MDTO 1.0.1 or the sitemap protocol with the
 * DiWoo extension, offline; or for well-formedness alone. Problems name their file.
 */
export const validateXmlFiles: XmlValidator = async (
  check: XmlCheck,
  files: readonly XmlFile[],
) => {
  const { validateXML } = await import('xmllint-wasm');
  const schemas = check === 'well-formed' ? null : await schemasFor(check);
  const problems: XmlProblem[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const result = await validateXML({
      xml: batch.map((file) => ({ fileName: file.name, contents: file.text })),
      ...(schemas === null
        ? { normalization: 'format' as const }
        : { schema: schemas.schema, preload: [...schemas.preload] }),
      // --nonet: no schema or DTD is fetched; without a schema, --noout replaces --format.
      modifyArguments: (args) => [
        '--nonet',
        ...args.map((a) => (a === '--format' ? '--noout' : a)),
      ],
      initialMemoryPages: 512,
      maxMemoryPages: 8192,
    });
    if (result.valid) continue;
    // xmllint follows a parser error with the line it is on and a caret: those have no file.
    const named = new Set(batch.map((file) => file.name));
    const found = result.errors.flatMap((error) =>
      error.loc !== null && named.has(error.loc.fileName)
        ? [{ file: error.loc.fileName, message: error.message }]
        : [],
    );
    problems.push(...(found.length > 0 ? found : [{ file: '', message: result.rawOutput }]));
  }
  return problems.length === 0 ? { valid: true } : { valid: false, problems };
};
