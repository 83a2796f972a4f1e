import { useEffect, useState } from 'react';
import type { Assessment, Message } from '../core';
import {
  messageFromChatSelection,
  type ChatSelection,
} from '../graph/chats/chat-selection-message';

/** The selection read as one Message and its assessment, once the core answered. */
export type SelectionAssessment =
  | { readonly kind: 'none' }
  | { readonly kind: 'assessing'; readonly message: Message }
  | { readonly kind: 'ready'; readonly message: Message; readonly assessment: Assessment };

/** Assesses the selection with the core whenever it changes; none without a decision. */
export function useSelectionAssessment(
  selection: ChatSelection | null,
  assess: (message: Message) => Promise<Assessment>,
): SelectionAssessment {
  const [state, setState] = useState<SelectionAssessment>({ kind: 'none' });
  useEffect(() => {
    if (selection === null) {
      setState({ kind: 'none' });
      return;
    }
    const message = messageFromChatSelection(selection);
    let live = true;
    // A changed context keeps the shown assessment (and the member's choices) until the new one.
    setState((shown) => (shown.kind === 'ready' ? shown : { kind: 'assessing', message }));
    assess(message).then(
      (assessment) => live && setState({ kind: 'ready', message, assessment }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [selection, assess]);
  return state;
}
