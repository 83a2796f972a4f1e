import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useReviewTexts } from '../ReviewTexts';
import type { ActionReport } from '../run-action';

/** What an action did, in plain sentences: one line per kind of outcome. */
export function ActionNotice({ report }: { readonly report: ActionReport }) {
  const texts = useReviewTexts();
  const { actions } = texts;
  const lines: ['success' | 'warning' | 'error', string][] = [];
  if (report.done > 0) lines.push(['success', actions.done(report.done)]);
  if (report.changedMeanwhile > 0)
    lines.push(['warning', actions.changedMeanwhile(report.changedMeanwhile)]);
  if (report.forbidden > 0) lines.push(['error', actions.forbidden(report.forbidden)]);
  if (report.notFound > 0) lines.push(['warning', actions.notFound(report.notFound)]);
  if (report.fileMissing > 0) lines.push(['warning', actions.fileMissing(report.fileMissing)]);
  if (report.failed > 0) lines.push(['error', actions.failed(report.failed)]);
  return (
    <div role="status" aria-live="polite">
      {lines.map(([intent, text]) => (
        <MessageBar key={text} intent={intent}>
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
