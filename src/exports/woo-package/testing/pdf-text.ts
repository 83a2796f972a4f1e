import { definePDFJSModule, extractText, getDocumentProxy } from 'unpdf';

let pdfjs: Promise<void> | undefined;
const loadPdfjs = () => (pdfjs ??= definePDFJSModule(() => import('unpdf/pdfjs')));

/**
 * The text a PDF reader extracts, as one string per document: pages joined, and a second form
 * with line breaks and hyphenation removed and compatibility forms (ligatures) folded, so a
 * passage split over two lines is found too.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<{ raw: string; joined: string }> {
  await loadPdfjs();
  const document = await getDocumentProxy(bytes.slice(), { isEvalSupported: false });
  const { text } = await extractText(document, { mergePages: true });
  await document.destroy();
  const raw = Array.isArray(text) ? text.join('\n') : text;
  const joined = raw
    .normalize('NFKC')
    .replace(/-\s*\n\s*/g, '')
    .replace(/\s+/g, ' ');
  return { raw, joined };
}

/** Whether a passage can be found in extracted text: as written, or with spacing ignored. */
export function findable(text: { raw: string; joined: string }, passage: string): boolean {
  const folded = passage.normalize('NFKC').replace(/\s+/g, ' ');
  const squeeze = (value: string) => value.replace(/\s+/g, '').toLowerCase();
  return (
    text.raw.includes(passage) ||
    text.joined.includes(folded) ||
    squeeze(text.joined).includes(squeeze(folded))
  );
}
