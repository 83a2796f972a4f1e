import JSZip from 'jszip';
import type { XmlCheck, XmlValidator } from './xml-validator';

/** One file of an export: its name in the export folder or zip, its text, and its record. */
export interface ExportFile {
  readonly name: string;
  readonly text: string;
  /** The record the file describes, to name it when the file is refused. */
  readonly record?: { readonly id: string; readonly name: string };
}

/** A file the validator refused, with the record it describes. */
export interface InvalidFile {
  readonly file: string;
  /** The record's subject or file name; empty for a file of the export as a whole. */
  readonly record: string;
  readonly message: string;
}

/**
 * The files of an export that are not valid against their schema (or, for `well-formed`, not
 * XML at all), each with its record; empty when every file passed.
 */
export async function findInvalidFiles(
  validator: XmlValidator,
  check: XmlCheck,
  files: readonly ExportFile[],
): Promise<InvalidFile[]> {
  const verdict = await validator(check, files);
  if (verdict.valid) return [];
  const byName = new Map(files.map((file) => [file.name, file]));
  return verdict.problems.map((problem) => ({
    file: problem.file,
    record: byName.get(problem.file)?.record?.name ?? '',
    message: problem.message,
  }));
}

/**
 * The XML parts of an .xlsx that are not well-formed (a cell text XML cannot hold makes Excel
 * offer to repair the workbook, dropping what it cannot read); empty when all are.
 */
export async function findInvalidWorkbookParts(
  validator: XmlValidator,
  bytes: Uint8Array,
): Promise<InvalidFile[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter(
    (entry) => !entry.dir && /\.(xml|rels)$/.test(entry.name),
  );
  const files = await Promise.all(
    parts.map(async (part) => ({ name: part.name, text: await part.async('string') })),
  );
  return findInvalidFiles(validator, 'well-formed', files);
}
