import { Button, Link } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReviewItem } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { exportRecordOf } from './export-record-of';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'ready'; readonly url: string; readonly rows: number }
  | { readonly kind: 'failed' };

/** "Exporteren": the Woo inventory list (.xlsx) of the selection, or of the loaded records. */
export function ExportButton({ items }: { readonly items: readonly ReviewItem[] }) {
  const texts = useReviewTexts();
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
      const { exportInventory } = await import('../../exports');
      const file = await exportInventory(items.map(exportRecordOf), {
        format: 'xlsx',
        onProgress: (progress) => setState({ kind: 'running', ...progress }),
      });
      const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mimeType });
      setState({ kind: 'ready', url: URL.createObjectURL(blob), rows: file.rows });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  return (
    <span role="status" aria-live="polite">
      <Button disabled={items.length === 0 || state.kind === 'running'} onClick={() => void run()}>
        {texts.actions.export}
      </Button>{' '}
      {state.kind === 'running' ? texts.actions.exportProgress(state.done, state.total) : null}
      {state.kind === 'ready' ? (
        <Link href={state.url} download="inventarislijst.xlsx">
          {texts.actions.exportReady(state.rows)}
        </Link>
      ) : null}
      {state.kind === 'failed' ? texts.actions.exportFailed : null}
    </span>
  );
}
