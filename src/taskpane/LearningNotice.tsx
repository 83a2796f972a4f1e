import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { LearningWarning } from '../filing';
import type { PaneServices } from './pane-services';
import { usePaneTexts } from './usePaneTexts';

/** Props of {@link LearningNotice}. */
export interface LearningNoticeProps {
  readonly services: PaneServices;
}

/**
 * Says so when the organisation's learnt relevance adjustment could not be read, or is not
 * applied (not a records manager's, or out of bounds): the pane then assesses with the shipped
 * weights. Nothing is shown while all is well.
 */
export function LearningNotice({ services }: LearningNoticeProps) {
  const pane = usePaneTexts();
  const [notice, setNotice] = useState<'unreadable' | 'untrusted' | null>(null);
  useEffect(() => {
    let live = true;
    void services
      .learningWarnings?.()
      .then((warnings) => {
        if (live) setNotice(noticeOf(warnings));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services]);
  if (notice === null) return null;
  return (
    <MessageBar intent="warning" data-testid="learning-notice">
      <MessageBarBody>
        {notice === 'unreadable' ? pane.adjustmentUnreadable : pane.adjustmentUntrusted}
      </MessageBarBody>
    </MessageBar>
  );
}

function noticeOf(warnings: readonly LearningWarning[]): 'unreadable' | 'untrusted' | null {
  if (warnings.includes('relevance-adjustment-unreadable')) return 'unreadable';
  return warnings.includes('relevance-adjustment-untrusted') ||
    warnings.includes('relevance-adjustment-out-of-bounds')
    ? 'untrusted'
    : null;
}
