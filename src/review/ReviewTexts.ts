import { createContext, useContext } from 'react';
import type { UiLanguage } from '../host/language';
import { reviewMessages, type ReviewMessages } from './messages/review-messages';

/** The review page's messages with their language. */
export type ReviewTexts = ReviewMessages & { readonly language: UiLanguage };

/** The review page's texts for a language. */
export function reviewTexts(language: UiLanguage): ReviewTexts {
  return { ...reviewMessages(language), language };
}

/** Provided at the page's root. */
export const ReviewTextsContext = createContext<ReviewTexts>(reviewTexts('nl'));

/** The review page's texts. */
export function useReviewTexts(): ReviewTexts {
  return useContext(ReviewTextsContext);
}
