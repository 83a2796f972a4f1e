import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { FilingJob, Outbox } from '../ui/outbox';
import { useOutboxJobs } from '../ui/outbox';
import { useTexts, type Texts } from '../ui/TextsContext';
import { Section } from './Section';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none' },
  item: { paddingBlock: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link OutboxList}. */
export interface OutboxListProps {
  readonly outbox: Outbox;
}

function describeJob(job: FilingJob, texts: Texts): string {
  const { state } = job;
  switch (state.kind) {
    case 'done':
      return (state.outcome === 'filed' ? texts.pane.filedIn : texts.pane.alreadyFiledIn)(
        state.dossier,
      );
    case 'failed':
      return texts.pane.failed(texts.error(state.reason));
    default:
      return texts.pane.stage[state.kind];
  }
}

/** Every filing job of this mailbox, kept across pane closes: state, link, retry. */
export function OutboxList({ outbox }: OutboxListProps) {
  const styles = useStyles();
  const texts = useTexts();
  const jobs = useOutboxJobs(outbox);
  return (
    <Section title={texts.pane.outboxHeading}>
      {jobs.length === 0 ? <div>{texts.pane.outboxEmpty}</div> : null}
      <ul className={styles.list} data-testid="outbox">
        {jobs.map((job) => (
          <li key={job.id} className={styles.item} data-state={job.state.kind}>
            <strong>{job.subject}</strong>: {describeJob(job, texts)}{' '}
            {job.state.kind === 'done' ? (
              <Link href={job.state.recordUrl} target="_blank" rel="noreferrer">
                {texts.pane.openRecord}
              </Link>
            ) : null}
            {job.state.kind === 'failed' ? (
              <Button size="small" onClick={() => void outbox.retry(job.id)}>
                {texts.pane.retry}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
