import type { DeskDocument } from './desk-document';

/** Why a document of the selection need not be assessed on its own. */
export type DuplicateFinding =
  /** The same content (same SHA-256) as another document: one document. */
  | { readonly key: string; readonly kind: 'exact'; readonly of: string }
  /** A mail whose whole text is quoted in a later mail: proposed as `dubbel`. */
  | { readonly key: string; readonly kind: 'quoted'; readonly in: string };

/** Texts shorter than this say too little to call a mail quoted whole. */
const MIN_QUOTED_LENGTH = 40;

/**
 * The selection's duplicates: documents with the content of an earlier one (by SHA-256; the
 * oldest is kept), and mails whose whole text (quote marks and spacing ignored) appears in a
 * later mail of the selection, which are proposed as `dubbel`.
 */
export function findDuplicates(documents: readonly DeskDocument[]): DuplicateFinding[] {
  const ordered = [...documents].sort(
    (a, b) =>
      (a.date?.getTime() ?? Number.MAX_SAFE_INTEGER) -
        (b.date?.getTime() ?? Number.MAX_SAFE_INTEGER) || a.key.localeCompare(b.key),
  );
  const findings: DuplicateFinding[] = [];
  const firstBySha = new Map<string, string>();
  const exact = new Set<string>();
  for (const document of ordered) {
    if (document.sha256 === '') continue;
    const first = firstBySha.get(document.sha256);
    if (first === undefined) firstBySha.set(document.sha256, document.key);
    else {
      findings.push({ key: document.key, kind: 'exact', of: first });
      exact.add(document.key);
    }
  }
  const mails = ordered.filter((document) => document.kind === 'mail' && !exact.has(document.key));
  const flattened = new Map(mails.map((mail) => [mail.key, flatten(mail.text)]));
  for (const [index, mail] of mails.entries()) {
    const own = flattened.get(mail.key) ?? '';
    if (own.length < MIN_QUOTED_LENGTH) continue;
    const later = mails
      .slice(index + 1)
      .find((other) => (flattened.get(other.key) ?? '').includes(own));
    if (later !== undefined) findings.push({ key: mail.key, kind: 'quoted', in: later.key });
  }
  return findings;
}

/** Text without quote marks at line starts, spacing and case, so a quoted copy matches. */
export function flatten(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^(\s*>)+\s?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
