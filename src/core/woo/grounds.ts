import { invariant } from '../errors';
import type { GroundCode } from '../woo-codes';
import { GROUND_EXPLANATIONS } from './ground-explanations';
import { GROUND_ROWS, type GroundKind, type GroundRow } from './ground-rows';
import type { LocalizedText } from './localized-text';

/**
 * An exception ground of Woo chapter 5 (art. 5.1, 5.2, 5.4, 5.4a): where it is in the law,
 * how it applies, its label and a plain-language explanation. In the law as passed,
 * 5.1.2e is the protection of privacy (persoonlijke levenssfeer) and 5.1.2i the proper
 * functioning of the State.
 */
export interface WooGround {
  readonly code: GroundCode;
  readonly article: string;
  readonly lid: number | null;
  readonly onderdeel: string | null;
  readonly kind: GroundKind;
  readonly label: LocalizedText;
  readonly explanation: LocalizedText;
  /** How a decision cites it, e.g. `art. 5.1 lid 2 onderdeel e Woo`. */
  readonly citation: string;
}

function citationOf(article: string, lid: number | null, onderdeel: string | null): string {
  const parts = [`art. ${article}`];
  if (lid !== null) parts.push(`lid ${lid}`);
  if (onderdeel !== null) parts.push(`onderdeel ${onderdeel}`);
  return `${parts.join(' ')} Woo`;
}

function fromRow([code, article, lid, onderdeel, kind, label]: GroundRow): WooGround {
  const explanation = GROUND_EXPLANATIONS[code];
  const citation = citationOf(article, lid, onderdeel);
  return { code, article, lid, onderdeel, kind, label, explanation, citation };
}

/** All grounds in the order of the law. */
export const WOO_GROUNDS: readonly WooGround[] = GROUND_ROWS.map(fromRow);

const BY_CODE = new Map(WOO_GROUNDS.map((ground) => [ground.code, ground]));

/** The ground for a code; every `GroundCode` has one. */
export function wooGround(code: GroundCode): WooGround {
  const ground = BY_CODE.get(code);
  invariant(ground !== undefined, `woo-ground-missing-${code}`);
  return ground;
}

const GROUND_CODES = new Set<string>(GROUND_ROWS.map(([code]) => code));

/** Whether a string (from storage or a column) is a known ground code. */
export function isGroundCode(value: string): value is GroundCode {
  return GROUND_CODES.has(value);
}
