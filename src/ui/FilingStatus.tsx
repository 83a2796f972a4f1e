import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { FiledLookup, FilingJob } from '../filing';
import { useTexts } from './TextsContext';

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
  const { ui } = texts;
  const state = job?.state;
  if (state?.kind === 'queued' || state?.kind === 'uploading' || state?.kind === 'metadata') {
    return <Spinner size="tiny" label={ui.stage[state.kind]} data-testid="filing-progress" />;
  }
  if (state?.kind === 'failed') {
    return (
      <MessageBar intent="error" data-testid="filing-failed">
        <MessageBarBody>
          {ui.failed(texts.error(state.reason))}{' '}
          <Button size="small" onClick={onRetry}>
            {ui.retry}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state?.kind === 'done') {
    const text = state.outcome === 'filed' ? ui.filedIn : ui.alreadyFiledIn;
    return <Filed text={text(dossierName(state.dossier))} url={state.recordUrl} />;
  }
  if (lookup !== 'checking' && lookup.kind === 'filed') {
    const by =
      lookup.filedBy === undefined ? '' : ` ${ui.filedBy(lookup.filedBy, lookup.filedAt ?? '')}`;
    return (
      <Filed
        text={`${ui.alreadyFiledIn(dossierName(lookup.dossier))}${by}`}
        url={lookup.recordUrl}
      />
    );
  }
  return null;
}

function Filed({ text, url }: { readonly text: string; readonly url: string }) {
  const { ui } = useTexts();
  return (
    <MessageBar intent="success" data-testid="filed">
      <MessageBarBody>
        {text}.{' '}
        {url === '' ? null : (
          <Link href={url} target="_blank" rel="noreferrer">
            {ui.openRecord}
          </Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
