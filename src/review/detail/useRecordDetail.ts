import { useEffect, useState } from 'react';
import type { Message } from '../../core';
import type { AuditEvent, RecordContent, RecordVersion, ReviewItem } from '../../graph';
import { parseEml } from '../../mime';
import type { ReviewServices } from '../review-services';

/** What the detail pane shows of a record's content. */
export type ContentView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'mail'; readonly message: Message; readonly file: RecordFile }
  | { readonly kind: 'chat'; readonly html: string; readonly file: RecordFile }
  | { readonly kind: 'unreadable'; readonly file: RecordFile }
  | { readonly kind: 'file-missing' }
  | { readonly kind: 'failed' };

/** The downloadable file. */
export interface RecordFile {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

/** The detail of a record, each part loading on its own (a missing file does not hide the rest). */
export interface RecordDetailState {
  readonly content: ContentView;
  readonly versions?: readonly RecordVersion[] | 'failed';
  readonly audit?: readonly AuditEvent[] | 'failed';
}

/** Loads the content, version history and audit trail of the open record. */
export function useRecordDetail(services: ReviewServices, item: ReviewItem | undefined) {
  const [state, setState] = useState<RecordDetailState>({ content: { kind: 'loading' } });
  useEffect(() => {
    if (item === undefined) return;
    let live = true;
    const update = (part: Partial<RecordDetailState>) => {
      if (live) setState((previous) => ({ ...previous, ...part }));
    };
    setState({ content: { kind: 'loading' } });
    services
      .content(item.record.id)
      .then(contentView)
      .then((content) => update({ content }))
      .catch(() => update({ content: { kind: 'failed' } }));
    services
      .versions(item.record.id)
      .then((versions) => update({ versions }))
      .catch(() => update({ versions: 'failed' }));
    const key = item.record.metadata?.dedupKey;
    if (key === undefined) update({ audit: [] });
    else
      services
        .audit(key, item.record.id)
        .then((audit) => update({ audit }))
        .catch(() => update({ audit: 'failed' }));
    return () => {
      live = false;
    };
  }, [services, item]);
  return state;
}

/** Reads the file: a chat's HTML rendering, or a mail parsed from its MIME. */
export async function contentView(content: RecordContent): Promise<ContentView> {
  if (content.kind === 'file-missing') return { kind: 'file-missing' };
  const file = { name: content.name, mimeType: content.mimeType, bytes: content.bytes };
  if (content.mimeType.startsWith('text/html') || /\.html?$/i.test(content.name)) {
    return { kind: 'chat', html: new TextDecoder().decode(content.bytes), file };
  }
  const parsed = await parseEml(content.bytes);
  return parsed.ok ? { kind: 'mail', message: parsed.message, file } : { kind: 'unreadable', file };
}
