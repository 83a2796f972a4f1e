import { summariseGrounds, type SummarisedDocument } from '../../core/woo-desk';
import {
  packageDiwooXml,
  packageInventoryRow,
  packageInventoryXlsx,
  packageSummary,
  redactedPdf,
  searchLogCsv,
  StreamingZip,
  type PackageDocument,
  type ZipSink,
} from '../../exports/woo-package';
import type { XmlExportConfig } from '../../exports';
import { attachmentFileType } from '../../exports/file-type';
import { StableIds, stableNumber } from '../../exports/stable-ids';
import type { InventoryRow } from '../../exports/inventory-rows';
import type { GraphClient } from '../../graph';
import {
  findWooRequest,
  listSelection,
  readWooLog,
  type SelectedDocument,
  type WooSite,
} from '../../graph/woo';
import type { AttachmentTextReader } from './attachment-reader';
import { loadDeskRecord, type LoadedDocument } from './desk-record';
import { documentOutcome, type PersonalDataFinder } from './document-decision';
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
 * threads and duplicates, once to write it), so memory holds one record at a time. Throws
 * WooPackageError naming the document that failed; the sink then holds an incomplete zip that
 * the caller discards.
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
  const ids = numbering(structure, zaaknummer);
  const zip = new StreamingZip(input.sink);
  const rows: InventoryRow[] = [];
  const summarised: SummarisedDocument[] = [];
  const facts = {
    published: 0,
    undecided: 0,
    rejected: 0,
    derived: [] as string[],
    unreadable: [] as { title: string; reason: string }[],
  };
  for (const [index, recordId] of recordIds.entries()) {
    const documents = await loadOrFail(input, recordId);
    for (const document of documents) {
      try {
        await writeDocument(
          document,
          byKey.get(document.key),
          structure,
          ids,
          zip,
          rows,
          summarised,
          facts,
          input,
        );
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
    summariseGrounds(summarised),
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

function numbering(
  structure: SelectionStructure,
  zaaknummer: string,
): Map<string, { id: number; stableKey: string; thread: number }> {
  const stable = new StableIds();
  const ids = new Map<string, { id: number; stableKey: string; thread: number }>();
  for (const thread of structure.threads) {
    const threadNumber = stableNumber(`woo-thread:${zaaknummer}:${thread.id}`);
    for (const document of thread.documents) {
      const stableKey = `woo:${zaaknummer}:${document.key}`;
      ids.set(document.key, { id: stable.idFor(stableKey), stableKey, thread: threadNumber });
    }
  }
  return ids;
}

async function writeDocument(
  document: LoadedDocument,
  stored: SelectedDocument | undefined,
  structure: SelectionStructure,
  ids: Map<string, { id: number; stableKey: string; thread: number }>,
  zip: StreamingZip,
  rows: InventoryRow[],
  summarised: SummarisedDocument[],
  facts: {
    published: number;
    undecided: number;
    rejected: number;
    derived: string[];
    unreadable: { title: string; reason: string }[];
  },
  input: DecisionPackageInput,
): Promise<void> {
  const duplicate = structure.duplicates.get(document.key);
  const outcome = documentOutcome(document, stored, duplicate, input.findPersonalData);
  const own = ids.get(document.key);
  if (own === undefined) return;
  const related =
    duplicate === undefined
      ? undefined
      : ids.get(duplicate.kind === 'exact' ? duplicate.of : duplicate.in)?.id;
  const packaged: PackageDocument = {
    id: own.id,
    stableKey: own.stableKey,
    family: document.parentKey === undefined ? own.id : (ids.get(document.parentKey)?.id ?? own.id),
    threadId: document.kind === 'chat' ? null : own.thread,
    title: document.title,
    fileType:
      document.kind === 'attachment'
        ? attachmentFileType(document.title)
        : document.kind === 'chat'
          ? 'chat'
          : 'email',
    ...(document.date === undefined ? {} : { date: document.date }),
    decision: outcome.decision,
    ...(related === undefined ? {} : { relatedId: related }),
    recordId: document.recordId,
  };
  rows.push(packageInventoryRow(packaged, input.zaaknummer));
  summarised.push({ decision: outcome.decision, segments: outcome.segments });
  facts.undecided += outcome.undecided;
  facts.rejected += outcome.rejected;
  if (outcome.derived) facts.derived.push(`${document.title} (${own.id})`);
  if (document.text === null)
    facts.unreadable.push({
      title: `${document.title} (${own.id})`,
      reason: document.unreadable ?? 'unreadable',
    });
  const level = outcome.decision.level;
  if (document.text === null || (level !== 'openbaar' && level !== 'deels-openbaar')) return;
  const heading = `${input.zaaknummer} · document ${own.id}`;
  await zip.add(`documenten/${own.id}.pdf`, await redactedPdf(outcome.segments, { heading }));
  await zip.add(
    `metadata/${own.id}.xml`,
    new TextEncoder().encode(packageDiwooXml(packaged, input.zaaknummer, input.xml)),
  );
  facts.published += 1;
}
