import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { isRecordsManager } from './records-managers';
import type { ReviewUser } from './review-services';
import { useReviewTexts } from './ReviewTexts';
import { managersOf, type ManagersState } from './useManagers';

/** Props of {@link AccessNotice}. */
export interface AccessNoticeProps {
  readonly user: ReviewUser;
  readonly managers: ManagersState;
}

/**
 * Says why a signed-in person who is not a records manager cannot review (she is no member of
 * the records managers' group, or the group could not be read); nothing for a records manager
 * or while the group loads.
 */
export function AccessNotice({ user, managers }: AccessNoticeProps) {
  const texts = useReviewTexts();
  if (managers.kind === 'loading') return null;
  if (managers.kind === 'loaded' && isRecordsManager(user, managersOf(managers))) return null;
  return (
    <MessageBar intent="warning" data-testid="access-notice">
      <MessageBarBody>
        {managers.kind === 'failed'
          ? texts.managersUnknown(user.address)
          : texts.notRecordsManager(user.address)}
      </MessageBarBody>
    </MessageBar>
  );
}
