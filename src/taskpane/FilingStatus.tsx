import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { FilingJob } from '../ui/outbox';
import { useTexts } from '../ui/TextsContext';
import type { FiledLookup } from './pane-services';

/** Props of {@link FilingStatus}. */
export interface FilingStatusProps {
  readonly job: FilingJob | undefined;
  readonly lookup: FiledLookup | 'checking';
  readonly dossierName: (id: string) => string;
  readonly onRetry: () => void;
}

/** Where the filing of this mail stands: running, done, failed (with retry) or filed earlier. */
export function FilingStatus({ job, lookup, dossierName, onRetry }: FilingStatusProps) {
  const texts = useTexts();
  const { pane } = texts;
  const state = job?.state;
  if (state?.kind === 'queued' || state?.kind === 'uploading' || state?.kind === 'metadata') {
    return <Spinner size="tiny" label={pane.stage[state.kind]} data-testid="filing-progress" />;
  }
  if (state?.kind === 'failed') {
    return (
      <MessageBar intent="error" data-testid="filing-failed">
        <MessageBarBody>
          {pane.failed(texts.error(state.reason))}{' '}
          <Button size="small" onClick={onRetry}>
            {pane.retry}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state?.kind === 'done') {
    const text = state.outcome === 'filed' ? pane.filedIn : pane.alreadyFiledIn;
    return <Filed text={text(dossierName(state.dossier))} url={state.recordUrl} />;
  }
  if (lookup !== 'checking' && lookup.kind === 'filed') {
    const by =
      lookup.filedBy === undefined ? '' : ` ${pane.filedBy(lookup.filedBy, lookup.filedAt ?? '')}`;
    return (
      <Filed
        text={`${pane.alreadyFiledIn(dossierName(lookup.dossier))}${by}`}
        url={lookup.recordUrl}
      />
    );
  }
  return null;
}

function Filed({ text, url }: { readonly text: string; readonly url: string }) {
  const { pane } = useTexts();
  return (
    <MessageBar intent="success" data-testid="filed">
      <MessageBarBody>
        {text}.{' '}
        {url === '' ? null : (
          <Link href={url} target="_blank" rel="noreferrer">
            {pane.openRecord}
          </Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
