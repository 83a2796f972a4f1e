import { createContext, useContext } from 'react';
import { reviewTexts, type ReviewTexts } from '../texts/review';

/** Provided at the page's root. */
export const ReviewTextsContext = createContext<ReviewTexts>(reviewTexts('nl'));

/** The review page's texts. */
export function useReviewTexts(): ReviewTexts {
  return useContext(ReviewTextsContext);
}
