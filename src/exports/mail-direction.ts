import type { ExportRecord } from './export-record';

/**
 * Whether the organisation sent a record or received it: `sent` for a mail from one of its own
 * domains (or a subdomain) and for a chat decision, `received` for a mail from anyone else;
 * `unknown` without the organisation's domains or a readable sender.
 */
export type Direction = 'sent' | 'received' | 'unknown';

/** The sender's address in a From column (`Jan Jansen <jan@x.nl>` or `jan@x.nl`). */
function senderDomain(from: string | undefined): string | null {
  const address = /<([^<>]+)>/.exec(from ?? '')?.[1] ?? from ?? '';
  const at = address.lastIndexOf('@');
  return at === -1
    ? null
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** The direction of a record, by its sender's domain against the organisation's domains. */
export function directionOf(
  record: ExportRecord,
  organisationDomains: readonly string[],
): Direction {
  if (record.metadata.sourceKind === 'chat') return 'sent';
  const domain = senderDomain(record.metadata.from);
  if (domain === null || organisationDomains.length === 0) return 'unknown';
  const own = organisationDomains.some((ownDomain) => {
    const d = ownDomain.trim().toLowerCase();
    return domain === d || domain.endsWith(`.${d}`);
  });
  return own ? 'sent' : 'received';
}
