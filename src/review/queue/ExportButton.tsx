import { Button, Field, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ExportOrganisation } from '../../exports';
import type { ReviewItem } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { buildExportDownload, EXPORT_CHOICES, type ExportChoice } from './export-download';
import { exportRecordOf } from './export-record-of';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  format: { width: '16rem' },
});

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | {
      readonly kind: 'ready';
      readonly url: string;
      readonly fileName: string;
      readonly choice: ExportChoice;
      readonly count: number;
    }
  | { readonly kind: 'failed' };

/** Props of {@link ExportButton}. */
export interface ExportButtonProps {
  readonly items: readonly ReviewItem[];
  readonly organisation: ExportOrganisation;
}

/**
 * "Exporteren" of the selection, or of the loaded records: the Woo inventory list (.xlsx or
 * .csv), or the DiWoo or MDTO files as one zip, with progress.
 */
export function ExportButton({ items, organisation }: ExportButtonProps) {
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
      const download = await buildExportDownload(
        items.map(exportRecordOf),
        choice,
        organisation,
        (progress) => setState({ kind: 'running', ...progress }),
      );
      const url = URL.createObjectURL(download.blob);
      setState({ kind: 'ready', url, fileName: download.fileName, choice, count: download.count });
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
          <Link href={state.url} download={state.fileName}>
            {texts.actions.exportReady(state.choice, state.count)}
          </Link>
        ) : null}
        {state.kind === 'failed' ? texts.actions.exportFailed : null}
      </span>
    </div>
  );
}
