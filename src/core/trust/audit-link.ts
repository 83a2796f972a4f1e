import { sha256Hex } from '../records/sha256-hash';

/**
 * A record's link to an audit event: the event's list item id and the SHA-256 of the event as it
 * was written, stored as `{id}:{hash}` in the record's `BronvastLastAuditEvent` column and as
 * `prev` in the next event about the record. Changing or deleting the event breaks the link.
 */
export interface AuditLink {
  readonly eventId: string;
  /** Undefined for a link written before events were hashed (`{id}` alone). */
  readonly hash?: string;
}

/** Writes a link as the column holds it. */
export const formatAuditLink = (link: Required<AuditLink>): string =>
  `${link.eventId}:${link.hash}`;

/** Reads a link from the column; undefined when empty or not a link. */
export function parseAuditLink(value: unknown): AuditLink | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+)(?::([0-9a-f]{64}))?$/.exec(value.trim());
  if (match?.[1] === undefined) return undefined;
  return match[2] === undefined ? { eventId: match[1] } : { eventId: match[1], hash: match[2] };
}

/** What of an audit event its hash covers: its id and every column its writer wrote but `At`. */
export interface HashedEvent {
  readonly id: string;
  readonly title: string;
  readonly action: string;
  readonly actor: string;
  readonly recordDedupKey: string;
  /** `Details` exactly as the list returns it. */
  readonly details: string;
}

/**
 * The SHA-256 of an audit event: over its id and its columns as the record system returned them
 * when the event was written. `At` is left out (SharePoint may round a time), so is who wrote it:
 * `createdBy` is the record system's and cannot be changed.
 */
export function auditEventHash(event: HashedEvent): string {
  return sha256Hex(
    JSON.stringify([
      event.id,
      event.title,
      event.action,
      event.actor,
      event.recordDedupKey,
      event.details,
    ]),
  );
}
