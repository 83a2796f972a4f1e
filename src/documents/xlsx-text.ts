import ExcelJS from 'exceljs';

/**
 * The text of an Excel workbook (.xlsx): each sheet's name, then its rows, cells separated by
 * tabs, as they show (a formula by its last computed value), read with ExcelJS.
 */
export async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(sheet.name);
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell.text));
      lines.push(cells.join('\t'));
    });
  });
  return lines.join('\n');
}
