import { sha256Hex } from '../../core/records';
import {
  recordVerdict,
  type Discrepancy,
  type EventFacts,
  type ManagerSet,
  type PersonRef,
  type RecordFacts,
} from '../../core/trust';
import type { ContentVersion, Person, RecordVersion, ReviewItem } from '../../graph';
import type { ContentView } from './useRecordDetail';

/** What the detail knows when it verifies a record. */
export interface TrustInput {
  readonly item: ReviewItem;
  readonly versions: readonly RecordVersion[];
  readonly content: ContentView;
  readonly chain: ReadonlyMap<string, EventFacts>;
  readonly files: readonly ContentVersion[];
  readonly managers: ManagerSet;
}

/**
 * The verdict on the open record, as `bronvast verify` gives it: its current columns are the last
 * version's (the record system's own), its content the downloaded bytes. When they do not match
 * the filed SHA-256, the last version that brought a file of another size names who changed the
 * content (the page reads no earlier bytes; `bronvast verify` does, for a same-size swap).
 */
export function verifyOpenRecord(input: TrustInput): Discrepancy[] {
  const { item, versions, content, chain, files, managers } = input;
  const fields = versions.at(-1)?.fields ?? {};
  const bytes = 'file' in content ? content.file.bytes : undefined;
  const changedBy = contentChanger(files);
  const facts: RecordFacts = {
    id: item.record.id,
    fields,
    area: item.area,
    versions: versions.map((version) => ({
      label: version.label,
      fields: version.fields,
      ...(version.modifiedBy === undefined ? {} : { by: refOf(version.modifiedBy) }),
    })),
    ...(content.kind === 'file-missing' ? { content: { kind: 'missing' } as const } : {}),
    ...(bytes === undefined
      ? {}
      : { content: { kind: 'hash', sha256: sha256Hex(bytes) } as const }),
    ...(changedBy === undefined ? {} : { contentChangedBy: changedBy }),
  };
  return recordVerdict(facts, chain, managers);
}

function contentChanger(files: readonly ContentVersion[]): PersonRef | undefined {
  for (let index = files.length - 1; index > 0; index -= 1) {
    const file = files[index];
    if (file?.size !== files[index - 1]?.size && file?.by !== undefined) return refOf(file.by);
  }
  return undefined;
}

function refOf(person: Person): PersonRef {
  return { address: person.address, ...(person.id === undefined ? {} : { id: person.id }) };
}
