import type { DisclosureAssessment } from '../assessment';
import type { Message } from '../message';
import type { Reason } from '../reason';
import { findPersonalData } from '../personal-data';
import type { NameLexicon } from '../personal-data/lexicon/name-lexicon';
import { WOO_GROUNDS } from '../woo/grounds';
import type { DisclosureLevel, GroundCode } from '../woo-codes';
import { findPublication } from './already-published';
import { findContentGrounds } from './content-grounds';
import type { GroundHit } from './content-grounds';
import { isInternalOnly } from './parties';
import { groundsFromFindings } from './personal-data-grounds';

/** Options for {@link assessDisclosure}. */
export interface DisclosureOptions {
  /** Mail domains of the organisation; without them the sender's domain stands for it. */
  readonly organisationDomains?: readonly string[];
  /** The name lexicon; see `AssessmentContext.nameLexicon`. */
  readonly nameLexicon?: NameLexicon;
}

const LAW_ORDER = new Map(WOO_GROUNDS.map((ground, position) => [ground.code, position]));
/** Grounds that do not stand in the way of "reeds openbaar": names and addresses in a mail about a publication. */
const COMPATIBLE_WITH_PUBLISHED: ReadonlySet<GroundCode> = new Set(['5.1.2e']);

function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Grounds in the order of the law, each once. Every ground found stays: grounds found in one
 * message cover different passages, and art. 5.1 lid 5 restricts 5.1.5 by the interest it
 * protects, not by what else a document holds (see ground-combination.ts).
 */
function groundsOf(hits: readonly GroundHit[]): GroundCode[] {
  const grounds = [...new Set(hits.map((hit) => hit.ground))];
  return grounds.sort((a, b) => (LAW_ORDER.get(a) ?? 0) - (LAW_ORDER.get(b) ?? 0));
}

function levelOf(hits: readonly GroundHit[], published: Reason | null): DisclosureLevel {
  if (published !== null && hits.every((hit) => COMPATIBLE_WITH_PUBLISHED.has(hit.ground)))
    return 'reeds-openbaar';
  if (hits.length === 0) return 'openbaar';
  return hits.some((hit) => hit.scope === 'whole') ? 'niet-openbaar' : 'deels-openbaar';
}

/**
 * The advisory disclosure pre-assessment of a message, never a decision: personal data found in
 * the body (with positions into `message.bodyText`) and the grounds it points to, plus the
 * grounds the wording points to (5.1.1c, 5.1.2d, 5.1.2b, 5.1.2i, 5.2). Level: `reeds-openbaar`
 * when the text shows it is published already and nothing but ordinary personal data is found;
 * `openbaar` when nothing is found; `niet-openbaar` when a ground covers the whole message
 * (confidential business data, special-category data about a named person that makes up the
 * message); `deels-openbaar` otherwise.
 */
export function assessDisclosure(
  message: Message,
  options: DisclosureOptions = {},
): DisclosureAssessment {
  const findings = findPersonalData(message.bodyText, options.nameLexicon);
  const text = foldText(`${message.subject}\n${message.bodyText}`);
  const internalOnly = isInternalOnly(message, options.organisationDomains ?? []);
  const hits = [
    ...groundsFromFindings(findings, message.bodyText.length),
    ...findContentGrounds({ text, internalOnly }),
  ];
  const published = findPublication(text);
  const level = levelOf(hits, published);
  const reasons = hits.map((hit) => hit.reason);
  if (published !== null) reasons.push(published);
  if (reasons.length === 0) reasons.push({ code: 'nothing-found', weight: 0 });
  reasons.sort((a, b) => b.weight - a.weight);
  const grounds = level === 'reeds-openbaar' ? [] : groundsOf(hits);
  return { level, grounds, findings, reasons };
}
