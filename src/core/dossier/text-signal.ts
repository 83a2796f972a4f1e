import type { Reason } from '../reason';
import type { DossierIndex } from './dossier-index';
import { percent } from './evidence';
import type { TextMatch } from './text-similarity';
import { sharedTerms } from './text-similarity';
import { writtenForm } from './terms';

/** Text alone can suggest a dossier firmly, never with the certainty of a kenmerk. */
const TEXT_CAP = 0.85;
/*
 * The constants below were chosen on training mail only, by leave-one-out on the Dutch Woo
 * corpora (`bench/dossier-loo.ts`), with the share of unrelated mail (Dutch notifications, Enron,
 * SpamAssassin) that gets a suggestion kept under 1 %.
 */
/**
 * Similarity at which the text signal is at full strength. With `NO_DOSSIER_FITS_BELOW` (0.3) it
 * puts the text-only threshold at a similarity of about 0.05: lower (0.12) let 1.1 % of the
 * unrelated mail through and, by saturating more dossiers at the cap, blurred the ranking.
 */
const FULL_STRENGTH_AT = 0.14;
/**
 * Weight of the profile against the nearest filed message in the combined similarity. The
 * profile averages a dossier's mail and so outweighs one look-alike message: 0.85 ranked better
 * than 0.5, 0.7 or the profile alone.
 */
const PROFILE_SHARE = 0.85;
/** From this cosine on, the nearest filed message is named as a reason of its own. */
const NAME_FILED_MESSAGE_AT = 0.35;
const TERMS_NAMED = 4;
/**
 * Weight of the character n-grams against the words. They meet OCR misreadings (`Lijnbaanschracht`)
 * and compounds the words miss; half and half ranked best (0.7 traded one corpus for the other).
 */
const GRAM_SHARE = 0.5;
/**
 * Character n-gram cosines run about 2.5 times the word cosines of the same texts (common letter
 * sequences are shared by any two Dutch texts); scaled by this, they share the word scale and
 * the threshold above.
 */
const GRAM_SCALE = 0.4;

/** How a message compares with the dossiers in words and in character n-grams. */
export interface TextMatches {
  readonly words: TextMatch;
  readonly grams: TextMatch<number>;
}

function blend(match: TextMatch<unknown>, position: number): number {
  const profile = match.profile[position] ?? 0;
  const nearest = match.nearest[position] ?? 0;
  return PROFILE_SHARE * profile + (1 - PROFILE_SHARE) * nearest;
}

/** The combined text similarity of a message to the dossier at `position`, in words and n-grams. */
export function textSimilarity(matches: TextMatches, position: number): number {
  const words = blend(matches.words, position);
  const grams = GRAM_SCALE * blend(matches.grams, position);
  return (1 - GRAM_SHARE) * words + GRAM_SHARE * grams;
}

/** Maps a similarity to a strength in 0..TEXT_CAP. */
export function textStrength(similarity: number): number {
  return TEXT_CAP * Math.min(1, similarity / FULL_STRENGTH_AT);
}

/**
 * Why the text points to the dossier at `position`: the shared terms that weighed most and, when
 * one filed message is very much alike, that message. Built only for the dossiers shown.
 */
export function textReasons(matches: TextMatches, index: DossierIndex, position: number): Reason[] {
  const similarity = textSimilarity(matches, position);
  const match = matches.words;
  const profile = index.text.profiles[position];
  if (similarity <= 0 || profile === undefined) return [];
  const strength = textStrength(similarity);
  const terms = sharedTerms(match.query, profile, TERMS_NAMED).map((term) =>
    writtenForm(term, match.surfaces),
  );
  const reasons: Reason[] = [];
  if (terms.length > 0) {
    reasons.push({
      code: 'similar-text',
      weight: strength,
      params: { terms: terms.join(', '), similarity: percent(similarity) },
    });
  }
  const nearest = match.nearest[position] ?? 0;
  const document = index.text.filed[match.nearestDocument[position] ?? -1];
  if (document !== undefined && nearest >= NAME_FILED_MESSAGE_AT) {
    const filedBy = document.filedBy === undefined ? {} : { filedBy: document.filedBy };
    reasons.push({
      code: 'similar-filed-message',
      weight: textStrength(nearest),
      params: { subject: document.subject, similarity: percent(nearest), ...filedBy },
    });
  }
  return reasons;
}
