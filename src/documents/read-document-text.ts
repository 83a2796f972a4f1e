import { documentFormat, isProtectedOfficeFile } from './document-format';
import type { DocumentFile, DocumentFormat, DocumentText, ReadLimits } from './document-text';
import { isPasswordError } from './password-error';
import { plainText } from './plain-text';

const MAX_BYTES = 25 * 1024 * 1024;
const MAX_CHARS = 2_000_000;

type Reader = (bytes: Uint8Array) => Promise<string>;

// Each reader is loaded only when a document of its format comes along, so a bundler puts it
// in a chunk of its own: PDF.js, mammoth and ExcelJS are never in a page's first view.
const READERS: Readonly<Record<DocumentFormat, () => Promise<Reader>>> = {
  pdf: async () => (await import('./pdf-text')).pdfText,
  docx: async () => (await import('./docx-text')).docxText,
  xlsx: async () => (await import('./xlsx-text')).xlsxText,
  text: async () => (bytes) => Promise.resolve(plainText(bytes)),
};

/**
 * The text of a document (PDF, Word .docx, Excel .xlsx, plain text), to assess or redact it;
 * or why it cannot be read, as a code. Never throws for what a file holds: a broken, encrypted
 * or scanned file is an outcome. Runs in Node and in the browser.
 */
export async function readDocumentText(
  file: DocumentFile,
  limits: ReadLimits = {},
): Promise<DocumentText> {
  const format = documentFormat(file);
  if (format === null)
    return isProtectedOfficeFile(file)
      ? { kind: 'unreadable', format: null, reason: 'encrypted' }
      : { kind: 'unreadable', format, reason: 'unsupported-format' };
  if (file.bytes.length > (limits.maxBytes ?? MAX_BYTES))
    return { kind: 'unreadable', format, reason: 'too-large' };
  let text: string;
  try {
    text = await (await READERS[format]())(file.bytes);
  } catch (error: unknown) {
    const reason = format === 'pdf' && isPasswordError(error) ? 'encrypted' : 'damaged';
    return { kind: 'unreadable', format, reason };
  }
  const trimmed = text.replaceAll('\u0000', '').trim();
  if (trimmed === '') return { kind: 'unreadable', format, reason: 'no-text' };
  const maxChars = limits.maxChars ?? MAX_CHARS;
  return {
    kind: 'text',
    format,
    text: trimmed.slice(0, maxChars),
    truncated: trimmed.length > maxChars,
  };
}
