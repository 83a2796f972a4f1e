import { Button, Field, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReviewItem } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import {
  buildExportDownload,
  EXPORT_CHOICES,
  type ExportChoice,
  type ExportSetup,
} from './export-download';
import { exportRecordOf } from './export-record-of';
import { ExportNotes } from './ExportNotes';
import type { ExportState } from './export-state';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  format: { width: '16rem' },
});

/** Props of {@link ExportButton}. */
export interface ExportButtonProps extends ExportSetup {
  readonly items: readonly ReviewItem[];
}

/**
 * "Exporteren" of the selection, or of the loaded records: the Woo inventory list (.xlsx or
 * .csv) with attachment rows, or the DiWoo or MDTO files as one zip, with progress; every file
 * validated before the download is offered, and a refused file named by its record.
 */
export function ExportButton({ items, ...setup }: ExportButtonProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const [choice, setChoice] = useState<ExportChoice>('xlsx');
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  useEffect(
    () => () => {
      if (state.kind === 'ready') URL.revokeObjectURL(state.url);
    },
    [state],
  );
  const run = async () => {
    setState({ kind: 'running', done: 0, total: items.length });
    try {
      const outcome = await buildExportDownload(
        items.map(exportRecordOf),
        choice,
        setup,
        (progress) => setState({ kind: 'running', ...progress }),
      );
      setState(
        outcome.kind === 'ready'
          ? { kind: 'ready', url: URL.createObjectURL(outcome.blob), choice, outcome }
          : outcome,
      );
    } catch {
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className={styles.row}>
      <Field className={styles.format} label={texts.actions.exportFormat}>
        <Select
          value={choice}
          onChange={(_event, data) =>
            setChoice(EXPORT_CHOICES.find((known) => known === data.value) ?? 'xlsx')
          }
        >
          {EXPORT_CHOICES.map((known) => (
            <option key={known} value={known}>
              {texts.actions.exportFormats[known]}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={items.length === 0 || state.kind === 'running'} onClick={() => void run()}>
        {texts.actions.export}
      </Button>{' '}
      <span role="status" aria-live="polite">
        {state.kind === 'running' ? texts.actions.exportProgress(state.done, state.total) : null}
        {state.kind === 'ready' ? (
          <Link href={state.url} download={state.outcome.fileName}>
            {texts.actions.exportReady(state.choice, state.outcome.count)}
          </Link>
        ) : null}
        <ExportNotes state={state} />
      </span>
    </div>
  );
}
