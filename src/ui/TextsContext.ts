import { createContext, useContext } from 'react';
import { plainTexts, type Texts } from '../texts/shared/texts';

/** The texts of the surface, provided at its root. */
export const TextsContext = createContext<Texts>(plainTexts('nl'));

/** The texts of the surface the component is in. */
export function useTexts(): Texts {
  return useContext(TextsContext);
}
