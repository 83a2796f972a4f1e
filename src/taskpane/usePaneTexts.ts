import { useTexts } from '../ui';
import { paneTexts, type PaneTexts } from '../texts/pane';

/** The task pane's own sentences, in the language of the surface's texts. */
export function usePaneTexts(): PaneTexts {
  return paneTexts(useTexts().language);
}
