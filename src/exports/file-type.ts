/** The inventory's File Type values (the template's lookup list). */
export type InventoryFileType =
  | 'audio'
  | 'chat'
  | 'database'
  | 'doc'
  | 'email'
  | 'html'
  | 'image'
  | 'note'
  | 'pdf'
  | 'presentation'
  | 'spreadsheet'
  | 'vcard'
  | 'video'
  | 'xml';

const BY_EXTENSION: Readonly<Record<string, InventoryFileType>> = {
  pdf: 'pdf',
  doc: 'doc',
  docx: 'doc',
  docm: 'doc',
  odt: 'doc',
  rtf: 'doc',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  xlsm: 'spreadsheet',
  ods: 'spreadsheet',
  csv: 'spreadsheet',
  ppt: 'presentation',
  pptx: 'presentation',
  pps: 'presentation',
  ppsx: 'presentation',
  odp: 'presentation',
  eml: 'email',
  msg: 'email',
  htm: 'html',
  html: 'html',
  xml: 'xml',
  vcf: 'vcard',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  bmp: 'image',
  tif: 'image',
  tiff: 'image',
  heic: 'image',
  mp3: 'audio',
  wav: 'audio',
  m4a: 'audio',
  mp4: 'video',
  mov: 'video',
  avi: 'video',
  accdb: 'database',
  mdb: 'database',
};

/**
 * An attachment's File Type by its extension; empty when the extension names no type of the
 * list (a zip, a calendar item, a text file, no extension): the platform shows an empty cell as
 * "Onbekend", which is better than a wrong type.
 */
export function attachmentFileType(name: string): InventoryFileType | '' {
  const dot = name.lastIndexOf('.');
  const extension =
    dot <= 0
      ? ''
      : name
          .slice(dot + 1)
          .toLowerCase()
          .trim();
  return BY_EXTENSION[extension] ?? '';
}
