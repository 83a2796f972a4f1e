import { isGroundCode } from '../../core/woo';
import { DISCLOSURE_LEVEL_CODES } from '../../core/vocabulary';
import type { DeskGround, DocumentDecision, ManualRedaction } from '../../core/woo-desk';
import type { GraphClient } from '../graph-client';
import { createItem, itemsOfRequest, updateItem } from './woo-items';
import type { WooSite } from './woo-site';
import { textField, type WooListItem } from './woo-wire';

/** One document of a request's selection as stored, with what the coordinator decided. */
export interface SelectedDocument {
  readonly itemId: string;
  /** The record id, or `recordId#N` for its N-th attachment. */
  readonly key: string;
  readonly recordId: string;
  /** Null until the coordinator assessed the document. */
  readonly decision: DocumentDecision | null;
  readonly proposals: ReadonlyMap<string, 'accepted' | 'rejected'>;
  readonly manual: readonly ManualRedaction[];
}

/** The redaction decisions of a document. */
export interface RedactionDecisions {
  readonly proposals: ReadonlyMap<string, 'accepted' | 'rejected'>;
  readonly manual: readonly ManualRedaction[];
}

/** Saving decisions: done, or more than a multiple lines of text column holds. */
export type SaveDecisionsResult = { readonly kind: 'saved' } | { readonly kind: 'too-large' };

// Multiple lines of text hold 63,999 characters in SharePoint lists; the desk stays below.
const MAX_REDACTIONS_JSON = 60_000;

const isDeskGround = (value: string): value is DeskGround =>
  value === 'dubbel' || isGroundCode(value);

function selectedFrom(item: WooListItem): SelectedDocument {
  const level = DISCLOSURE_LEVEL_CODES.find((value) => value === textField(item, 'Assessment'));
  const grounds = textField(item, 'Grounds')
    .split(';')
    .map((code) => code.trim())
    .filter(isDeskGround);
  const redactions = parseRedactions(textField(item, 'Redactions'));
  return {
    itemId: item.id,
    key: textField(item, 'DocumentKey'),
    recordId: textField(item, 'RecordId'),
    decision:
      level === undefined ? null : { level, grounds, toelichting: textField(item, 'Toelichting') },
    ...redactions,
  };
}

/** The documents of a request's selection (all pages), in the order they were added. */
export async function listSelection(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
): Promise<SelectedDocument[]> {
  const items = await itemsOfRequest(
    client,
    woo.site.siteId,
    woo.documentsListId,
    zaaknummer,
    'woo.selection',
  );
  return items
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map(selectedFrom)
    .filter((document) => document.key !== '');
}

/**
 * Adds records to a request's selection; a record already in it is left as it is. Returns how
 * many were added (one request per record added, after one to read the selection).
 */
export async function addToSelection(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
  recordIds: readonly string[],
): Promise<number> {
  const present = new Set(
    (await listSelection(client, woo, zaaknummer)).map((document) => document.key),
  );
  let added = 0;
  for (const recordId of new Set(recordIds)) {
    if (present.has(recordId)) continue;
    await createDocumentItem(client, woo, zaaknummer, recordId, recordId, {});
    added += 1;
  }
  return added;
}

/** Saves the coordinator's assessment of a document (its item is made when it has none). */
export async function saveDocumentDecision(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
  document: { readonly key: string; readonly recordId: string; readonly itemId?: string },
  decision: DocumentDecision,
): Promise<void> {
  const fields = {
    Assessment: decision.level,
    Grounds: decision.grounds.join(';'),
    Toelichting: decision.toelichting,
  };
  if (document.itemId !== undefined)
    return updateItem(
      client,
      woo.site.siteId,
      woo.documentsListId,
      document.itemId,
      fields,
      'woo.decision',
    );
  await createDocumentItem(client, woo, zaaknummer, document.key, document.recordId, fields);
}

/** Saves a document's redaction decisions (accepted and rejected proposals, passages by hand). */
export async function saveRedactions(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
  document: { readonly key: string; readonly recordId: string; readonly itemId?: string },
  decisions: RedactionDecisions,
): Promise<SaveDecisionsResult> {
  const json = JSON.stringify({
    proposals: Object.fromEntries(decisions.proposals),
    manual: decisions.manual,
  });
  if (json.length > MAX_REDACTIONS_JSON) return { kind: 'too-large' };
  if (document.itemId !== undefined)
    await updateItem(
      client,
      woo.site.siteId,
      woo.documentsListId,
      document.itemId,
      { Redactions: json },
      'woo.redactions',
    );
  else
    await createDocumentItem(client, woo, zaaknummer, document.key, document.recordId, {
      Redactions: json,
    });
  return { kind: 'saved' };
}

async function createDocumentItem(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
  key: string,
  recordId: string,
  fields: Readonly<Record<string, unknown>>,
): Promise<void> {
  await createItem(
    client,
    woo.site.siteId,
    woo.documentsListId,
    { Title: key, Zaaknummer: zaaknummer, DocumentKey: key, RecordId: recordId, ...fields },
    'woo.selection-add',
  );
}

function parseRedactions(text: string): RedactionDecisions {
  let value: unknown;
  try {
    value = JSON.parse(text === '' ? '{}' : text);
  } catch {
    value = {};
  }
  const record = typeof value === 'object' && value !== null ? value : {};
  const proposals = new Map<string, 'accepted' | 'rejected'>();
  const stored = 'proposals' in record ? record.proposals : undefined;
  if (typeof stored === 'object' && stored !== null) {
    for (const [id, decision] of Object.entries(stored))
      if (decision === 'accepted' || decision === 'rejected') proposals.set(id, decision);
  }
  const manualValue = 'manual' in record ? record.manual : undefined;
  const manual = Array.isArray(manualValue) ? manualValue.flatMap(manualFrom) : [];
  return { proposals, manual };
}

function manualFrom(value: unknown): ManualRedaction[] {
  if (typeof value !== 'object' || value === null) return [];
  const text = 'text' in value ? value.text : undefined;
  const ground = 'ground' in value ? value.ground : undefined;
  if (typeof text !== 'string' || typeof ground !== 'string' || !isDeskGround(ground)) return [];
  return [{ text, ground }];
}
