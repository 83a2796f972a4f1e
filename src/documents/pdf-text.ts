import { definePDFJSModule, extractText, getDocumentProxy } from 'unpdf';

// unpdf finds its PDF.js build by a dynamic import of its own; naming it here lets bundlers
// and test runners see the module (a chunk of its own in the browser).
let pdfjs: Promise<void> | undefined;
const loadPdfjs = () => (pdfjs ??= definePDFJSModule(() => import('unpdf/pdfjs')));

/**
 * The text of a PDF's pages, page after page, read with PDF.js (through unpdf's build that runs
 * in Node and in the browser without a worker). Fonts are never compiled to code
 * (`isEvalSupported: false`): the pages' Content-Security-Policy allows no eval.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  await loadPdfjs();
  // PDF.js takes over (detaches) the buffer it is given: it gets a copy.
  const document = await getDocumentProxy(bytes.slice(), {
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    // Text needs no font data; PDF.js would warn about every font it cannot render.
    verbosity: 0,
  });
  try {
    const { text } = await extractText(document, { mergePages: true });
    return text;
  } finally {
    await document.destroy();
  }
}
