import type { Finding, PersonalDataType } from '../assessment';
import type { DeskGround } from './woo-request';

/** A passage of a document's text to redact, proposed by the core or marked by hand. */
export interface RedactionProposal {
  /**
   * Stable over recomputation and a better recogniser: the ground, the passage's text and
   * which occurrence of that text it is (`5.1.2e|Pieter Jansen|0`).
   */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly ground: DeskGround;
  readonly source: 'finding' | 'manual';
  /** The kind of personal data the core found, for a proposal from a finding. */
  readonly type?: PersonalDataType;
}

/** A passage the coordinator marked by hand: every occurrence of its text is redacted. */
export interface ManualRedaction {
  readonly text: string;
  readonly ground: DeskGround;
}

/** What the coordinator decided on the proposals of one document, by proposal id. */
export type ProposalDecisions = ReadonlyMap<string, 'accepted' | 'rejected'>;

/**
 * The redaction proposals of a document's text: the core's personal-data findings (headers
 * included, as they are part of the text) with the ground each points to, every occurrence of
 * the message's parties (names and addresses, art. 5.1 lid 2 e Woo) and of each passage marked
 * by hand. Sorted by position.
 */
export function redactionProposals(
  text: string,
  findings: readonly Finding[],
  manual: readonly ManualRedaction[] = [],
  parties: readonly string[] = [],
): RedactionProposal[] {
  const proposals: RedactionProposal[] = findings.map((finding) => ({
    id: '',
    start: finding.start,
    end: finding.end,
    text: text.slice(finding.start, finding.end),
    ground: finding.ground,
    source: 'finding',
    type: finding.type,
  }));
  const found = new Set(proposals.map((proposal) => `${proposal.start}:${proposal.end}`));
  for (const passage of parties) {
    for (const start of occurrences(text, passage)) {
      const end = start + passage.length;
      if (found.has(`${start}:${end}`)) continue;
      const type = passage.includes('@') ? 'email' : 'person-name';
      proposals.push({
        id: '',
        start,
        end,
        text: passage,
        ground: '5.1.2e',
        source: 'finding',
        type,
      });
    }
  }
  for (const mark of manual) {
    for (const start of occurrences(text, mark.text)) {
      const end = start + mark.text.length;
      proposals.push({
        id: '',
        start,
        end,
        text: mark.text,
        ground: mark.ground,
        source: 'manual',
      });
    }
  }
  proposals.sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Map<string, number>();
  return proposals.map((proposal) => {
    const base = `${proposal.ground}|${proposal.text}`;
    const index = seen.get(base) ?? 0;
    seen.set(base, index + 1);
    return { ...proposal, id: `${base}|${index}` };
  });
}

/**
 * Every start offset of `needle` in `text`, ignoring case (a name written in capitals or in
 * lower case elsewhere is the same name); none for an empty needle. Matches do not overlap.
 */
export function occurrences(text: string, needle: string): number[] {
  if (needle.trim() === '') return [];
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  return [...text.matchAll(pattern)].map((match) => match.index);
}

/**
 * The proposals that are redacted: every proposal unless the coordinator rejected it. A
 * proposal nobody decided on counts as accepted (the safe side: the package says how many).
 */
export function acceptedProposals(
  proposals: readonly RedactionProposal[],
  decisions: ProposalDecisions,
): RedactionProposal[] {
  return proposals.filter((proposal) => decisions.get(proposal.id) !== 'rejected');
}

/** A piece of a redacted text: text that stays, or a removed passage shown by its grounds. */
export type RedactedSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'redacted'; readonly grounds: readonly DeskGround[] };

/**
 * The text with the passages removed: overlapping and touching passages become one box with
 * all their grounds. The removed text is not in the result in any form.
 */
export function redactText(
  text: string,
  passages: readonly RedactionProposal[],
): RedactedSegment[] {
  const sorted = [...passages]
    .filter((passage) => passage.end > passage.start)
    .sort((a, b) => a.start - b.start);
  const segments: RedactedSegment[] = [];
  let at = 0;
  let index = 0;
  while (index < sorted.length) {
    const first = sorted[index];
    if (first === undefined) break;
    let end = first.end;
    const grounds = new Set<DeskGround>([first.ground]);
    index += 1;
    for (let next = sorted[index]; next !== undefined && next.start <= end; next = sorted[index]) {
      end = Math.max(end, next.end);
      grounds.add(next.ground);
      index += 1;
    }
    const start = Math.max(first.start, at);
    if (start > at) segments.push({ kind: 'text', text: text.slice(at, start) });
    segments.push({ kind: 'redacted', grounds: [...grounds].sort() });
    at = Math.max(at, end);
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
