import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PaneServices } from './pane-services';
import { usePaneMessages } from './usePaneMessages';

/** Props of {@link LearningNotice}. */
export interface LearningNoticeProps {
  readonly services: PaneServices;
}

/**
 * Says so when the organisation's learnt relevance adjustment could not be read: the pane then
 * assesses with the shipped weights. Nothing is shown while all is well.
 */
export function LearningNotice({ services }: LearningNoticeProps) {
  const pane = usePaneMessages();
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    let live = true;
    void services
      .learningWarnings?.()
      .then((warnings) => {
        if (live) setUnreadable(warnings.includes('relevance-adjustment-unreadable'));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services]);
  if (!unreadable) return null;
  return (
    <MessageBar intent="warning" data-testid="learning-notice">
      <MessageBarBody>{pane.adjustmentUnreadable}</MessageBarBody>
    </MessageBar>
  );
}
