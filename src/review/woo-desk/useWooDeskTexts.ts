import { wooDeskTexts, type WooDeskTexts } from '../../texts/review';
import { useReviewTexts } from '../ReviewTexts';

/** The desk's sentences in the page's language. */
export function useWooDeskTexts(): WooDeskTexts {
  return wooDeskTexts(useReviewTexts().language);
}
