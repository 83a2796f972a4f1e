import { summariseGrounds } from '../../core/woo-desk';
import {
  packageInventoryXlsx,
  packageSummary,
  searchLogCsv,
  StreamingZip,
  type ZipSink,
} from '../../exports/woo-package';
import type { XmlExportConfig, XmlValidator } from '../../exports';
import type { GraphClient } from '../../graph';
import { findWooRequest, listSelection, readWooLog, type WooSite } from '../../graph/woo';
import type { AttachmentTextReader } from './attachment-reader';
import { loadDeskRecord, type LoadedDocument } from './desk-record';
import type { PersonalDataFinder } from './document-decision';
import { PackageWriter } from './package-writer';
import { deskDocument, selectionStructure, type SelectionStructure } from './selection-documents';
import { WooPackageError } from './woo-package-error';

/** How far the package is: documents read, then documents written, of the total. */
export interface PackageProgress {
  readonly phase: 'reading' | 'writing' | 'finishing';
  readonly done: number;
  readonly total: number;
}

/** What the package needs besides the record system. */
export interface DecisionPackageInput {
  readonly client: GraphClient;
  readonly woo: WooSite;
  readonly zaaknummer: string;
  readonly reader: AttachmentTextReader;
  readonly findPersonalData: PersonalDataFinder;
  /** DiWoo's publisher. */
  readonly xml: XmlExportConfig;
  readonly sink: ZipSink;
  readonly onProgress?: (progress: PackageProgress) => void;
  readonly now?: () => Date;
  /**
   * Checks the DiWoo metadata before the package counts as made: libxml2 with DiWoo 0.9.8's XSD
   * in Node (`validateXmlFiles`), the browser's XML parser on the review page.
   */
  readonly validate: XmlValidator;
}

/** What went into the package, for the coordinator's summary line. */
export interface DecisionPackageSummary {
  readonly documents: number;
  readonly published: number;
  readonly undecidedProposals: number;
  readonly derivedAssessments: number;
  readonly unreadable: number;
}

/**
 * Makes a Woo decision package into a zip sink: per published document a PDF of its redacted
 * text (the removed passages are not in the file, a box shows their grounds) and its DiWoo
 * metadata under 3.3.2i; the inventory list with the request's zaaknummer; a summary of the
 * grounds used; the search log. Every redaction proposal the coordinator did not reject is
 * taken as accepted, and the summary says how many. Reads each record twice (once to find the
 * threads and duplicates, once to write it), so memory holds one record at a time. The DiWoo
 * metadata is validated against its schema before the package is finished. Throws
 * WooPackageError naming the document that failed or whose metadata is invalid; the sink then
 * holds an incomplete zip that the caller discards.
 */
export async function buildDecisionPackage(
  input: DecisionPackageInput,
): Promise<DecisionPackageSummary> {
  const { client, woo, zaaknummer } = input;
  const stored = await findWooRequest(client, woo, zaaknummer);
  if (stored === null) throw new WooPackageError('request-not-found');
  const selection = await listSelection(client, woo, zaaknummer);
  const byKey = new Map(selection.map((document) => [document.key, document]));
  const recordIds = selection
    .filter((document) => !document.key.includes('#'))
    .map((d) => d.recordId);
  if (recordIds.length === 0) throw new WooPackageError('selection-empty');
  const log = await readWooLog(client, woo, zaaknummer);
  const report = (phase: PackageProgress['phase'], done: number) =>
    input.onProgress?.({ phase, done, total: recordIds.length });
  const structure = await readStructure(input, recordIds, report);
  const zip = new StreamingZip(input.sink);
  const writer = new PackageWriter(zip, structure, {
    zaaknummer,
    xml: input.xml,
    find: input.findPersonalData,
  });
  for (const [index, recordId] of recordIds.entries()) {
    const documents = await loadOrFail(input, recordId);
    for (const document of documents) {
      try {
        await writer.write(document, byKey.get(document.key));
      } catch (cause) {
        throw new WooPackageError(
          'document-failed',
          { key: document.key, title: document.title },
          { cause },
        );
      }
    }
    report('writing', index + 1);
  }
  report('finishing', recordIds.length);
  await checkMetadata(writer, input.validate);
  const { rows, facts } = writer;
  await zip.add(`inventaris-${zaaknummer}.xlsx`, await packageInventoryXlsx(rows));
  const summary = packageSummary(
    {
      zaaknummer,
      madeAt: (input.now ?? (() => new Date()))(),
      documents: rows.length,
      published: facts.published,
      withheld: rows.length - facts.published,
      undecidedProposals: facts.undecided,
      rejectedProposals: facts.rejected,
      derivedAssessments: facts.derived,
      unreadable: facts.unreadable,
    },
    summariseGrounds(writer.summarised),
  );
  await zip.add('samenvatting.txt', new TextEncoder().encode(summary));
  await zip.add('zoekverantwoording.csv', new TextEncoder().encode(searchLogCsv(log.searches)));
  await zip.finish();
  return {
    documents: rows.length,
    published: facts.published,
    undecidedProposals: facts.undecided,
    derivedAssessments: facts.derived.length,
    unreadable: facts.unreadable.length,
  };
}

async function loadOrFail(
  input: DecisionPackageInput,
  recordId: string,
): Promise<LoadedDocument[]> {
  try {
    const loaded = await loadDeskRecord(input.client, input.woo.site, recordId, input.reader);
    if (loaded === null) throw new Error('record-unreadable');
    return loaded;
  } catch (cause) {
    throw new WooPackageError(
      'document-failed',
      { key: recordId, title: `record ${recordId}` },
      { cause },
    );
  }
}

async function readStructure(
  input: DecisionPackageInput,
  recordIds: readonly string[],
  report: (phase: PackageProgress['phase'], done: number) => void,
): Promise<SelectionStructure> {
  const documents = [];
  for (const [index, recordId] of recordIds.entries()) {
    documents.push(...(await loadOrFail(input, recordId)).map(deskDocument));
    report('reading', index + 1);
  }
  return selectionStructure(documents);
}

async function checkMetadata(writer: PackageWriter, validate: XmlValidator): Promise<void> {
  if (writer.metadata.length === 0) return;
  const verdict = await validate(
    'diwoo',
    writer.metadata.map((written) => written.file),
  );
  if (verdict.valid) return;
  const first = verdict.problems[0];
  const document = writer.metadata.find((written) => written.file.name === first?.file);
  throw new WooPackageError(
    'invalid-metadata',
    document === undefined ? undefined : { key: document.key, title: document.title },
    { cause: new Error(verdict.problems.map((problem) => problem.message).join('\n')) },
  );
}
