import type { MessageKind } from '../../core';
import type { GraphDriveItem } from '../wire-types';

/** What the desk shows of a found record, from its columns. */
export interface WooHitRecord {
  /** The record's list item id. */
  readonly recordId: string;
  readonly subject: string;
  readonly dossier: string;
  readonly date?: Date;
  readonly kind: MessageKind;
  readonly webUrl: string;
}

/** Maps a record's driveItem with its expanded listItem fields; null when it is no record. */
export function searchHitRecord(body: unknown): WooHitRecord | null {
  if (typeof body !== 'object' || body === null) return null;
  // The wire boundary: a Graph driveItem with `listItem($expand=fields)`.
  const item = body as GraphDriveItem & {
    readonly listItem?: {
      readonly id?: string;
      readonly fields?: Readonly<Record<string, unknown>>;
    };
  };
  const fields = item.listItem?.fields ?? {};
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name] : '');
  const recordId = item.listItem?.id;
  if (recordId === undefined || text('BronvastDedupKey') === '') return null;
  const dateText = text('MailSent') || text('MailReceived');
  const date = dateText === '' ? undefined : new Date(dateText);
  return {
    recordId,
    subject: text('MailSubject'),
    dossier: text('BronvastDossier'),
    ...(date === undefined || Number.isNaN(date.getTime()) ? {} : { date }),
    kind: text('BronvastSourceKind') === 'chat' ? 'chat' : 'mail',
    webUrl: item.webUrl ?? '',
  };
}
