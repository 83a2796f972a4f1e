import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { FiledLookup, FilingJob } from '../filing';
import type { FailureCode } from '../texts/codes/filing-error-texts';
import { useTexts } from './TextsContext';
import { displayText } from './display-text';

/** Props of {@link FilingStatus}. */
export interface FilingStatusProps {
  readonly job: FilingJob<FailureCode> | undefined;
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
          {state.permanent === true ? null : (
            <Button size="small" onClick={onRetry}>
              {ui.retry}
            </Button>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state?.kind === 'done') {
    const filed = (state.outcome === 'filed' ? ui.filedIn : ui.alreadyFiledIn)(
      displayText(dossierName(state.dossier)),
    );
    const warnings = state.warnings ?? [];
    const unreadable = state.unreadable === undefined ? '' : ` ${ui.filedUnreadable}`;
    if (warnings.length === 0)
      return <Filed text={`${filed}.${unreadable}`} url={state.recordUrl} />;
    const text = ui.filedBut(
      filed,
      warnings.map((warning) => ui.warning[warning]),
    );
    return <Filed text={`${text}.${unreadable}`} url={state.recordUrl} onRepair={onRetry} />;
  }
  if (lookup !== 'checking' && lookup.kind === 'filed') {
    const by =
      lookup.filedBy === undefined
        ? ''
        : ` ${ui.filedBy(displayText(lookup.filedBy), lookup.filedAt ?? '')}`;
    return (
      <Filed
        text={`${ui.alreadyFiledIn(displayText(dossierName(lookup.dossier)))}${by}.`}
        url={lookup.recordUrl}
      />
    );
  }
  return null;
}

interface FiledProps {
  readonly text: string;
  readonly url: string;
  /** Shown when the record was filed with warnings: repairs what did not work out. */
  readonly onRepair?: () => void;
}

function Filed({ text, url, onRepair }: FiledProps) {
  const { ui } = useTexts();
  return (
    <MessageBar
      intent={onRepair === undefined ? 'success' : 'warning'}
      data-testid={onRepair === undefined ? 'filed' : 'filed-with-warnings'}
    >
      <MessageBarBody>
        {text}{' '}
        {url === '' ? null : (
          <Link href={url} target="_blank" rel="noreferrer">
            {ui.openRecord}
          </Link>
        )}
        {onRepair === undefined ? null : (
          <>
            {' '}
            <Button size="small" onClick={onRepair}>
              {ui.repair}
            </Button>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
