import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { isRecordsManager } from '../records-managers';
import type { ReviewServices } from '../review-services';
import { useReviewTexts } from '../ReviewTexts';
import { managersOf, type ManagersState } from '../useManagers';

type Notice = 'none' | 'done' | 'failed';

/**
 * What the page learnt from accepts and rejects (the number of decisions in the stored relevance
 * adjustment) and, for records managers, resetting it after a confirmation.
 */
export function LearningPanel({
  services,
  managers,
}: {
  readonly services: ReviewServices;
  readonly managers: ManagersState;
}) {
  const texts = useReviewTexts().learning;
  const [count, setCount] = useState<number | 'failed'>();
  const [notice, setNotice] = useState<Notice>('none');
  const [open, setOpen] = useState(false);
  const { learntDecisions, resetLearning } = services;
  useEffect(() => {
    learntDecisions?.().then(setCount, () => setCount('failed'));
  }, [learntDecisions]);
  if (learntDecisions === undefined) return null;
  const manager = isRecordsManager(services.user, managersOf(managers));
  const reset = (): void => {
    setOpen(false);
    resetLearning?.().then(
      () => {
        setCount(0);
        setNotice('done');
      },
      () => setNotice('failed'),
    );
  };
  return (
    <section aria-labelledby="learning-heading" data-testid="learning">
      <h2 id="learning-heading">{texts.heading}</h2>
      <Text block>{texts.explanation}</Text>
      <Text block>
        {count === undefined ? texts.loading : count === 'failed' ? '' : texts.decisions(count)}
      </Text>
      {manager && resetLearning !== undefined ? (
        <Dialog open={open} onOpenChange={(_event, data) => setOpen(data.open)}>
          <DialogTrigger disableButtonEnhancement>
            <Button disabled={count === 0}>{texts.reset}</Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{texts.confirmTitle}</DialogTitle>
              <DialogContent>{texts.confirmText}</DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button>{texts.cancel}</Button>
                </DialogTrigger>
                <Button appearance="primary" onClick={reset}>
                  {texts.confirm}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
      <div role="status" aria-live="polite">
        {notice === 'none' ? null : (
          <MessageBar intent={notice === 'done' ? 'success' : 'error'}>
            <MessageBarBody>{notice === 'done' ? texts.done : texts.failed}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
