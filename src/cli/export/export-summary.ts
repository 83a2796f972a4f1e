import type { ListedRecord } from '../../graph';
import type { ExportOptions } from './export-args';
import type { ExportSummary } from './write-export';

/** The lines `bronvast export` prints on success: what was written, and what rests on what. */
export function exportSummaryLines(options: ExportOptions, summary: ExportSummary): string[] {
  const nl = options.lang === 'nl';
  if (options.format !== 'inventaris') {
    const name = options.format === 'diwoo' ? 'DiWoo' : 'MDTO';
    return [
      nl
        ? `${name} geschreven en gevalideerd: ${options.out} (${summary.written} bestanden voor ${summary.records} records)`
        : `${name} written and validated: ${options.out} (${summary.written} files for ${summary.records} records)`,
    ];
  }
  const lines = [
    nl
      ? `Inventarislijst geschreven: ${options.out} (${summary.written} rijen uit ${summary.records} records)`
      : `Inventory list written: ${options.out} (${summary.written} rows from ${summary.records} records)`,
  ];
  const counts = summary.counts;
  if (counts !== undefined && counts.unassessed > 0)
    lines.push(
      nl
        ? `  ${counts.unassessed} rij(en) nog niet beoordeeld: vermeld als "Niet openbaar", met toelichting.`
        : `  ${counts.unassessed} row(s) not yet assessed: stated as "Niet openbaar", with a note.`,
    );
  if (counts !== undefined && counts.assessedOnOwnText > 0)
    lines.push(
      nl
        ? `  ${counts.assessedOnOwnText} bijlage(n) door Bronvast beoordeeld op hun eigen tekst: controleer ze voor publicatie.`
        : `  ${counts.assessedOnOwnText} attachment(s) assessed by Bronvast on their own text: check them before publishing.`,
    );
  return lines;
}

/** The records a status asked for that are left out: no records manager's review backs them. */
export function unreviewedLine(records: readonly ListedRecord[], options: ExportOptions): string {
  const names = records.map((record) => record.fileName || record.recordId).join(', ');
  return options.lang === 'nl'
    ? `Niet meegenomen: ${records.length} record(s) met status ${options.status ?? ''} die geen informatiebeheerder zo heeft beoordeeld (bronvast verify zegt waarom): ${names}`
    : `Left out: ${records.length} record(s) with status ${options.status ?? ''} that no records manager reviewed as such (bronvast verify says why): ${names}`;
}
