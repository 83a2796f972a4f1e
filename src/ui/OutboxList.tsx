import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { canRetry, type FilingJob, type Outbox } from '../filing/outbox';
import type { FailureCode } from '../texts/codes/filing-error-texts';
import { useOutboxJobs } from './useOutbox';
import type { Texts } from '../texts/shared/texts';
import { useTexts } from './TextsContext';
import { Section } from './Section';
import { UntrustedText } from './UntrustedText';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none' },
  item: { paddingBlock: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link OutboxList}. */
export interface OutboxListProps<C extends FailureCode = FailureCode> {
  readonly outbox: Outbox<C>;
}

function describeJob<C extends FailureCode>(job: FilingJob<C>, texts: Texts): string {
  const { state } = job;
  switch (state.kind) {
    case 'done': {
      const filed = (state.outcome === 'filed' ? texts.ui.filedIn : texts.ui.alreadyFiledIn)(
        state.dossier,
      );
      const warnings = (state.warnings ?? []).map((warning) => texts.ui.warning[warning]);
      return warnings.length === 0 ? filed : `${texts.ui.filedBut(filed, warnings)}.`;
    }
    case 'failed':
      return texts.ui.failed(texts.error(state.reason));
    default:
      return texts.ui.stage[state.kind];
  }
}

/** Every filing job of this mailbox, kept across pane closes: state, link, retry. */
export function OutboxList<C extends FailureCode>({ outbox }: OutboxListProps<C>) {
  const styles = useStyles();
  const texts = useTexts();
  const jobs = useOutboxJobs(outbox);
  return (
    <Section title={texts.ui.outboxHeading}>
      {jobs.length === 0 ? <div>{texts.ui.outboxEmpty}</div> : null}
      <ul className={styles.list} data-testid="outbox">
        {jobs.map((job) => (
          <li key={job.id} className={styles.item} data-state={job.state.kind}>
            <strong>
              <UntrustedText text={job.subject} />
            </strong>
            : {describeJob(job, texts)}{' '}
            {job.state.kind === 'done' ? (
              <Link href={job.state.recordUrl} target="_blank" rel="noreferrer">
                {texts.ui.openRecord}
              </Link>
            ) : null}
            {canRetry(job) ? (
              <Button size="small" onClick={() => void outbox.retry(job.id)}>
                {job.state.kind === 'done' ? texts.ui.repair : texts.ui.retry}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
