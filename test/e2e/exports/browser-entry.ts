// Bundled for the browser by exports-in-browser.e2e.test.ts: the review page's export API.
import { exportInventory, exportXml, zipExportFiles } from '../../../src/exports';
import { anExportRecord } from '../../../src/exports/export-record.fixture';

declare global {
  interface Window {
    runExports: () => Promise<{ xlsx: number[]; csv: string; zip: number[]; progress: number }>;
  }
}

window.runExports = async () => {
  const records = [anExportRecord({ attachments: ['Advies.pdf'] }), anExportRecord()];
  let progress = 0;
  const xlsx = await exportInventory(records, {
    format: 'xlsx',
    onProgress: ({ done, total }) => (progress = done / total),
  });
  const csv = await exportInventory(records, { format: 'csv' });
  const organisation = {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
    name: 'ministerie van BZK',
  };
  const { files } = exportXml(records, { format: 'mdto', config: { organisation } });
  const zip = await zipExportFiles(files);
  return {
    xlsx: [...xlsx.bytes],
    csv: new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes),
    zip: [...zip],
    progress,
  };
};
