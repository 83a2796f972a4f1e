// Bundled for the browser by exports-in-browser.e2e.test.ts: the review page's export API and
// the document readers, as the page loads them.
import { assessMailAttachments } from '../../../src/documents';
import {
  checkWellFormedInBrowser as validator,
  exportInventory,
  exportXml,
  zipExportFiles,
  type ExportRecord,
} from '../../../src/exports';
import { anExportRecord } from '../../../src/exports/export-record.fixture';

declare global {
  interface Window {
    runExports: (mime: string) => Promise<{
      xlsx: number[];
      csv: string;
      zip: number[];
      progress: number;
      attachments: unknown;
      refused: unknown;
    }>;
  }
}

window.runExports = async (mime: string) => {
  const attachments = await assessMailAttachments(mime, { organisationDomains: ['minbzk.nl'] });
  const records: ExportRecord[] = [
    anExportRecord({ attachments: attachments ?? [] }),
    anExportRecord({ metadata: { subject: 'Agenda Q&A; overleg \uFFFE\u0001' } }),
  ];
  let progress = 0;
  const xlsx = await exportInventory(records, {
    format: 'xlsx',
    validator,
    onProgress: ({ done, total }) => (progress = done / total),
  });
  const csv = await exportInventory(records, { format: 'csv', validator });
  const organisation = {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
    name: 'ministerie van BZK',
  };
  const written = await exportXml(records, {
    format: 'mdto',
    validator,
    config: { organisation, organisationDomains: ['minbzk.nl'] },
  });
  if (xlsx.kind !== 'written' || csv.kind !== 'written' || written.kind !== 'written')
    throw new Error('export refused');
  const zip = await zipExportFiles(written.files);
  const refused = await validator('well-formed', [
    { name: 'goed.xml', text: '<a>Q&amp;A</a>' },
    { name: 'fout.xml', text: '<a>Q&A; overleg</a>' },
  ]);
  return {
    xlsx: [...xlsx.bytes],
    csv: new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes),
    zip: [...zip],
    progress,
    attachments,
    refused,
  };
};
