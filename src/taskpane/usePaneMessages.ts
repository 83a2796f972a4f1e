import { useTexts } from '../ui';
import { paneMessages, type PaneMessages } from './pane-messages';

/** The task pane's own sentences, in the language of the surface's texts. */
export function usePaneMessages(): PaneMessages {
  return paneMessages(useTexts().language);
}
