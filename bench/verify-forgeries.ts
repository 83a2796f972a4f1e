/**
 * The forgeries the verification bench plants among its honest records before `bronvast verify`
 * runs: what an officer can do to a record in the intake area (SharePoint lets her) and what a
 * records manager can do to the audit list. Each is one record or one event; the bench counts
 * how many verification names.
 */
import { reviewEventRecords } from '../src/core/trust/review-event';
import type { GraphClient, SiteIds } from '../src/graph';
import { sendJson, sendOk } from '../src/graph/request';

/** One planted forgery: what was done, to which record (list item id) or audit event. */
export interface Forgery {
  readonly kind: string;
  readonly record?: string;
  readonly eventId?: string;
}

/** What a planted forgery needs: the record system as the officer and as the manager. */
export interface ForgeryClients {
  readonly officer: GraphClient;
  readonly manager: GraphClient;
  readonly site: SiteIds;
}

interface Fields {
  readonly fields?: Readonly<Record<string, unknown>>;
}

const FIELD_FORGERIES: readonly [string, (link: string) => Record<string, unknown>][] = [
  ['status set by the officer', () => ({ BronvastReviewStatus: 'geaccepteerd' })],
  ['link to another record’s acceptance', (link) => ({ BronvastLastAuditEvent: link })],
  [
    'status and link together',
    (link) => ({ BronvastReviewStatus: 'geaccepteerd', BronvastLastAuditEvent: link }),
  ],
  ['dossier changed by the officer', () => ({ BronvastDossier: 'BZK-2025-0021' })],
  ['assessment changed by the officer', () => ({ BronvastAssessment: 'niet-openbaar' })],
  ['SHA-256 rewritten', () => ({ BronvastSha256: '0'.repeat(64) })],
  ['filed-by rewritten', () => ({ BronvastFiledBy: 'pieter.jansen@bronvast.example' })],
  ['filing time moved', () => ({ BronvastFiledAt: '2030-01-01T00:00:00Z' })],
];

/**
 * Plants the forgeries: the field forgeries and two content swaps (same size, other size) on
 * unreviewed records `candidates` (in that order), then a manager's edit of the event behind
 * `accepted` and the deletion of the event behind `rejected` (both reviewed records). Returns
 * the forgeries and the records those two events decided (which rightly no longer verify).
 */
export async function plantForgeries(
  clients: ForgeryClients,
  candidates: readonly string[],
  accepted: string,
  rejected: string,
): Promise<{ forged: Forgery[]; decided: Set<string> }> {
  const { officer, manager, site } = clients;
  const items = `/sites/${site.siteId}/lists/${site.recordsListId}/items`;
  const linkOf = async (id: string) =>
    String(
      (
        await sendJson<Fields>(manager, {
          method: 'GET',
          url: `${items}/${id}?$expand=fields`,
          label: 'bench',
        })
      ).fields?.['BronvastLastAuditEvent'] ?? '',
    );
  const acceptedLink = await linkOf(accepted);
  const forged: Forgery[] = [];
  const next = (): string => {
    const record = candidates[forged.length];
    if (record === undefined) throw new Error('not enough records to forge');
    return record;
  };
  for (const [kind, json] of FIELD_FORGERIES) {
    const record = next();
    await sendOk(officer, {
      method: 'PATCH',
      url: `${items}/${record}/fields`,
      json: json(acceptedLink),
      label: 'bench.forge',
    });
    forged.push({ kind, record });
  }
  for (const [kind, grow] of [
    ['content swapped, same size', 0],
    ['content swapped, other size', 7],
  ] as const) {
    const record = next();
    const file = await sendJson<{ id: string; size: number }>(officer, {
      method: 'GET',
      url: `${items}/${record}/driveItem`,
      label: 'bench.forge',
    });
    await sendOk(officer, {
      method: 'PUT',
      url: `/drives/${site.recordsDriveId}/items/${file.id}/content`,
      bytes: new TextEncoder().encode('x'.repeat(file.size + grow)),
      label: 'bench.forge',
    });
    forged.push({ kind, record });
  }
  // The record system's times are whole seconds: an edit is later than the event's creation.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const audit = `/sites/${site.siteId}/lists/${site.auditListId}/items`;
  const decided = new Set<string>();
  const decidedBy = async (eventId: string) => {
    const event = await sendJson<Fields>(manager, {
      method: 'GET',
      url: `${audit}/${eventId}?$expand=fields`,
      label: 'bench',
    });
    const details = String(event.fields?.['Details'] ?? '');
    for (const record of reviewEventRecords(details) ?? []) decided.add(record.id);
  };
  const edited = acceptedLink.split(':')[0] ?? '';
  await decidedBy(edited);
  await sendOk(manager, {
    method: 'PATCH',
    url: `${audit}/${edited}/fields`,
    json: { Title: 'bewerkt' },
    label: 'bench.forge',
  });
  forged.push({ kind: 'audit event edited by a records manager', eventId: edited });
  const deleted = (await linkOf(rejected)).split(':')[0] ?? '';
  await decidedBy(deleted);
  await sendOk(manager, { method: 'DELETE', url: `${audit}/${deleted}`, label: 'bench.forge' });
  forged.push({ kind: 'audit event deleted by a records manager', eventId: deleted });
  return { forged, decided };
}

/** Which forgeries verification's lines name: a record by its line, an event by its id. */
export function caughtForgeries(forged: readonly Forgery[], lines: readonly string[]): Forgery[] {
  return forged.filter((forgery) =>
    forgery.record !== undefined
      ? lines.some((line) => line.startsWith(`record ${forgery.record} `))
      : lines.some((line) => new RegExp(`\\b${forgery.eventId ?? '?'}\\b`).test(line)),
  );
}

/** The records a line names that no forgery touched and no forged event decided. */
export function honestRecordsFlagged(
  lines: readonly string[],
  forged: readonly Forgery[],
  decidedByForgedEvents: ReadonlySet<string>,
): string[] {
  const touched = new Set(forged.flatMap((forgery) => forgery.record ?? []));
  const named = new Set(lines.flatMap((line) => /^record (\d+) /.exec(line)?.[1] ?? []));
  return [...named].filter((id) => !touched.has(id) && !decidedByForgedEvents.has(id));
}
