import type { SummarisedDocument } from '../../core/woo-desk';
import {
  attachmentFileType,
  type InventoryRow,
  StableIds,
  stableNumber,
  type XmlExportConfig,
  type XmlFile,
} from '../../exports';
import {
  packageDiwooXml,
  packageInventoryRow,
  redactedPdf,
  type PackageDocument,
  type StreamingZip,
} from '../../exports/woo-package';
import type { SelectedDocument } from '../../graph/woo';
import type { LoadedDocument } from './desk-record';
import { documentOutcome, type PersonalDataFinder } from './document-decision';
import type { SelectionStructure } from './selection-documents';

interface Numbered {
  readonly id: number;
  readonly stableKey: string;
  readonly thread: number;
}

/** What the package's summary counts while the documents are written. */
export interface PackageFactsSoFar {
  published: number;
  undecided: number;
  rejected: number;
  readonly derived: string[];
  readonly unreadable: { title: string; reason: string }[];
}

/**
 * Writes a decision's documents one by one into its zip: the inventory row of each, and for a
 * published one its redacted PDF and DiWoo metadata. Keeps only the rows and the counts.
 */
export class PackageWriter {
  readonly rows: InventoryRow[] = [];
  readonly summarised: SummarisedDocument[] = [];
  /** The DiWoo metadata written, to be validated before the package counts as made. */
  readonly metadata: { readonly file: XmlFile; readonly key: string; readonly title: string }[] =
    [];
  readonly facts: PackageFactsSoFar = {
    published: 0,
    undecided: 0,
    rejected: 0,
    derived: [],
    unreadable: [],
  };
  private readonly ids = new Map<string, Numbered>();

  constructor(
    private readonly zip: StreamingZip,
    private readonly structure: SelectionStructure,
    private readonly context: {
      readonly zaaknummer: string;
      readonly xml: XmlExportConfig;
      readonly find: PersonalDataFinder;
    },
  ) {
    // IDs in thread order, stable per request and document: the same document keeps its ID.
    const stable = new StableIds();
    for (const thread of structure.threads) {
      const threadNumber = stableNumber(`woo-thread:${context.zaaknummer}:${thread.id}`);
      for (const document of thread.documents) {
        const stableKey = `woo:${context.zaaknummer}:${document.key}`;
        this.ids.set(document.key, {
          id: stable.idFor(stableKey),
          stableKey,
          thread: threadNumber,
        });
      }
    }
  }

  /** Writes one document: its row, and its PDF and metadata when it is published. */
  async write(document: LoadedDocument, stored: SelectedDocument | undefined): Promise<void> {
    const own = this.ids.get(document.key);
    if (own === undefined) return;
    const duplicate = this.structure.duplicates.get(document.key);
    const outcome = documentOutcome(document, stored, duplicate, this.context.find);
    const relatedKey =
      duplicate === undefined
        ? undefined
        : duplicate.kind === 'exact'
          ? duplicate.of
          : duplicate.in;
    const related = relatedKey === undefined ? undefined : this.ids.get(relatedKey)?.id;
    const packaged: PackageDocument = {
      id: own.id,
      stableKey: own.stableKey,
      family:
        document.parentKey === undefined
          ? own.id
          : (this.ids.get(document.parentKey)?.id ?? own.id),
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
    this.rows.push(packageInventoryRow(packaged, this.context.zaaknummer));
    this.summarised.push({ decision: outcome.decision, segments: outcome.segments });
    this.count(document, own.id, outcome);
    const level = outcome.decision.level;
    if (document.text === null || (level !== 'openbaar' && level !== 'deels-openbaar')) return;
    const heading = `${this.context.zaaknummer} · document ${own.id}`;
    await this.zip.add(
      `documenten/${own.id}.pdf`,
      await redactedPdf(outcome.segments, { heading }),
    );
    const xml = packageDiwooXml(packaged, this.context.zaaknummer, this.context.xml);
    await this.zip.add(`metadata/${own.id}.xml`, new TextEncoder().encode(xml));
    this.metadata.push({
      file: { name: `metadata/${own.id}.xml`, text: xml },
      key: document.key,
      title: document.title,
    });
    this.facts.published += 1;
  }

  private count(
    document: LoadedDocument,
    id: number,
    outcome: ReturnType<typeof documentOutcome>,
  ): void {
    this.facts.undecided += outcome.undecided;
    this.facts.rejected += outcome.rejected;
    if (outcome.derived) this.facts.derived.push(`${document.title} (${id})`);
    if (document.text === null)
      this.facts.unreadable.push({
        title: `${document.title} (${id})`,
        reason: document.unreadable ?? 'unreadable',
      });
  }
}
