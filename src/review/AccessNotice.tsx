import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { isRecordsManager } from './records-managers';
import type { ReviewUser } from './review-services';
import { useReviewTexts } from './ReviewTexts';

/** Props of {@link AccessNotice}. */
export interface AccessNoticeProps {
  readonly user: ReviewUser;
  readonly recordsManagers: readonly string[];
}

/** Says why a signed-in person who is not a records manager cannot review; nothing otherwise. */
export function AccessNotice({ user, recordsManagers }: AccessNoticeProps) {
  const texts = useReviewTexts();
  if (isRecordsManager({ address: user.address, displayName: user.displayName }, recordsManagers))
    return null;
  return (
    <MessageBar intent="warning" data-testid="access-notice">
      <MessageBarBody>{texts.notRecordsManager(user.address)}</MessageBarBody>
    </MessageBar>
  );
}
