import ExcelJS from 'exceljs';
import type { DocumentDecision } from '../../core/woo-desk';
import { disclosureLevel } from '../../core/woo';
import { dutchDate } from '../dutch-date';
import type { InventoryFileType } from '../file-type';
import { GROUND_SEPARATOR } from '../inventory-columns';
import type { InventoryRow } from '../inventory-rows';
import { writeInventorySheet } from '../inventory-sheet';

/** One document of a Woo decision as its inventory row lists it. */
export interface PackageDocument {
  /** The inventory's ID (stable: the same document has the same ID in every package). */
  readonly id: number;
  /** The key the ID derives from (`woo:<zaaknummer>:<document key>`), also DiWoo's identifier. */
  readonly stableKey: string;
  /** The ID of the mail an attachment belongs to; the document's own ID otherwise. */
  readonly family: number;
  readonly threadId: number | null;
  /** What the publication website shows: the subject, an attachment's name; never a file name. */
  readonly title: string;
  readonly fileType: InventoryFileType | '';
  readonly date?: Date;
  readonly decision: DocumentDecision;
  /** The document whose content this one repeats (`dubbel`, same content). */
  readonly relatedId?: number;
  readonly recordId: string;
}

/** The inventory row of a document of a Woo decision, with the request's zaaknummer. */
export function packageInventoryRow(document: PackageDocument, zaaknummer: string): InventoryRow {
  return {
    id: document.id,
    matter: zaaknummer,
    family: document.family,
    emailThreadId: document.threadId,
    document: document.title,
    fileType: document.fileType,
    datum: document.date === undefined ? '' : dutchDate(document.date),
    beoordeling: disclosureLevel(document.decision.level).inventory,
    opgeschort: '',
    beoordelingsgrond: document.decision.grounds.join(GROUND_SEPARATOR),
    toelichting: document.decision.toelichting,
    publiekeLink: '',
    gerelateerdId: document.relatedId === undefined ? '' : String(document.relatedId),
    zaaknummer,
    recordId: document.recordId,
    // The Woo coordinator decided each document of the package.
    basis: 'review',
  };
}

/** The inventory list (productierapport, the platform's template) of a decision as .xlsx. */
export async function packageInventoryXlsx(rows: readonly InventoryRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeInventorySheet(workbook, rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
