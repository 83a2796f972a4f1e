/** SharePoint's limit on the decoded server-relative path of a file. */
export const MAX_PATH_LENGTH = 400;

const FORBIDDEN = /["*:<>?/\\|]/;
// NUL and other control characters, and the bidirectional controls that make `gpj.exe`
// display as `exe.jpg` (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const RESERVED_EXACT = ['.lock', 'desktop.ini', '_vti_'];

/** Why SharePoint would refuse a file or folder name, or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (name === '') return 'The name is empty.';
  if (INVISIBLE.test(name))
    return 'The name contains a control character or a bidirectional override, which SharePoint does not allow.';
  if (FORBIDDEN.test(name))
    return `The name '${name}' contains a character SharePoint does not allow (" * : < > ? / \\ |).`;
  if (name !== name.trim()) return `The name '${name}' starts or ends with a space.`;
  if (name.endsWith('.')) return `The name '${name}' ends with a dot.`;
  if (
    RESERVED.test(name) ||
    RESERVED_EXACT.includes(name.toLowerCase()) ||
    name.startsWith('~$') ||
    name.includes('_vti_')
  ) {
    return `The name '${name}' is reserved.`;
  }
  return undefined;
}

/** The mime type SharePoint reports for a file name. */
export function mimeTypeOf(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
  csv: 'text/csv',
  xml: 'application/xml',
  zip: 'application/x-zip-compressed',
};

/** The next free name after a conflict, as SharePoint renames: `nota.pdf` -> `nota 1.pdf`. */
export function renamed(name: string, attempt: number): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? `${name} ${attempt}` : `${name.slice(0, dot)} ${attempt}${name.slice(dot)}`;
}
