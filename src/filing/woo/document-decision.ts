import type { Finding } from '../../core';
import {
  redactionProposals,
  redactText,
  removedPassages,
  type DeskGround,
  type DocumentDecision,
  type DuplicateFinding,
  type RedactedSegment,
  type RedactionProposal,
} from '../../core/woo-desk';
import type { SelectedDocument } from '../../graph/woo';
import type { LoadedDocument } from './desk-record';

/** Finds personal data in a text (the core's `findPersonalData`, with its lexicon once loaded). */
export type PersonalDataFinder = (text: string) => readonly Finding[];

/** What the desk shows and the package publishes of one document. */
export interface DocumentOutcome {
  readonly proposals: readonly RedactionProposal[];
  /** The redacted text; empty for a document that is not readable. */
  readonly segments: readonly RedactedSegment[];
  readonly decision: DocumentDecision;
  /** The coordinator did not assess it: the decision follows from the redactions. */
  readonly derived: boolean;
  readonly undecided: number;
  readonly rejected: number;
}

const UNREADABLE_TOELICHTING =
  'De tekst van dit document kon niet worden gelezen; het wordt handmatig beoordeeld.';
const DUBBEL_TOELICHTING = 'De inhoud is in een ander document van dit besluit beoordeeld.';

/** The redaction proposals of a document: the core's finds, its parties, passages by hand. */
export function documentProposals(
  document: LoadedDocument,
  stored: SelectedDocument | undefined,
  find: PersonalDataFinder,
): RedactionProposal[] {
  if (document.text === null) return [];
  return redactionProposals(
    document.text,
    find(document.text),
    stored?.manual ?? [],
    document.parties,
  );
}

/**
 * A document's outcome: its proposals, the passages removed (every proposal the coordinator
 * did not reject), the redacted text and the decision. The coordinator's assessment stands,
 * with the grounds of the removed passages added; without one, a duplicate is `dubbel`, an
 * unreadable document is not published, and otherwise the redactions decide (deels openbaar
 * or openbaar); such a derived decision is marked so the package says so.
 */
export function documentOutcome(
  document: LoadedDocument,
  stored: SelectedDocument | undefined,
  duplicate: DuplicateFinding | undefined,
  find: PersonalDataFinder,
): DocumentOutcome {
  const proposals = documentProposals(document, stored, find);
  const decisions = stored?.proposals ?? new Map<string, 'accepted' | 'rejected'>();
  const removed =
    document.text === null ? [] : removedPassages(document.text, proposals, decisions);
  const segments = document.text === null ? [] : redactText(document.text, removed);
  const removedGrounds = [...new Set(removed.map((passage) => passage.ground))];
  const undecided = proposals.filter((proposal) => !decisions.has(proposal.id)).length;
  const rejected = proposals.filter((proposal) => decisions.get(proposal.id) === 'rejected').length;
  const own = stored?.decision ?? null;
  if (own !== null) {
    const level = own.level === 'openbaar' && removed.length > 0 ? 'deels-openbaar' : own.level;
    const grounds = level === 'deels-openbaar' ? union(own.grounds, removedGrounds) : own.grounds;
    return {
      proposals,
      segments,
      decision: { ...own, level, grounds },
      derived: false,
      undecided,
      rejected,
    };
  }
  const derived = (decision: DocumentDecision): DocumentOutcome => ({
    proposals,
    segments,
    decision,
    derived: true,
    undecided,
    rejected,
  });
  if (duplicate !== undefined)
    return derived({
      level: 'niet-openbaar',
      grounds: ['dubbel'],
      toelichting: DUBBEL_TOELICHTING,
    });
  if (document.text === null)
    return derived({ level: 'niet-openbaar', grounds: [], toelichting: UNREADABLE_TOELICHTING });
  if (removed.length > 0)
    return derived({
      level: 'deels-openbaar',
      grounds: union([], removedGrounds),
      toelichting: '',
    });
  return derived({ level: 'openbaar', grounds: [], toelichting: '' });
}

function union(first: readonly DeskGround[], second: readonly DeskGround[]): DeskGround[] {
  return [...new Set([...first, ...second])].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
}
