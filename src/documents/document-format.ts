import type { DocumentFile, DocumentFormat } from './document-text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const WORD_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-word.document.macroenabled.12',
]);
const SHEET_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel.sheet.macroenabled.12',
]);
const TEXT_EXTENSIONS = new Set(['txt', 'csv', 'md', 'text', 'log']);

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/** A file name's extension, lower case, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0
    ? ''
    : name
        .slice(dot + 1)
        .toLowerCase()
        .trim();
}

/**
 * The format of a document by its content first and its name and type second: a PDF by its
 * `%PDF-` signature wherever its name says otherwise, a Word or Excel file by its zip signature
 * and its name or type, plain text by its type or name when its bytes hold no NUL. Null for
 * every other format (images, old binary Office files, archives): they are not read.
 */
export function documentFormat(file: DocumentFile): DocumentFormat | null {
  const { bytes } = file;
  const type = (file.contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  const extension = extensionOf(file.name);
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    if (WORD_TYPES.has(type) || extension === 'docx' || extension === 'docm') return 'docx';
    if (SHEET_TYPES.has(type) || extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
    return null;
  }
  const textual = type === 'text/plain' || type === 'text/csv' || TEXT_EXTENSIONS.has(extension);
  return textual && !bytes.includes(0) ? 'text' : null;
}

// Office keeps a password-protected .docx or .xlsx in an OLE2 compound file (MS-OFFCRYPTO),
// not in the zip its name promises.
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OOXML_EXTENSIONS = new Set(['docx', 'docm', 'xlsx', 'xlsm', 'pptx']);

/** Whether a file named as a Word or Excel document is a password-protected one. */
export function isProtectedOfficeFile(file: DocumentFile): boolean {
  return startsWith(file.bytes, COMPOUND_FILE) && OOXML_EXTENSIONS.has(extensionOf(file.name));
}
