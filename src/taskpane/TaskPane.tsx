import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LazyUnfiledView, OutboxList, useTexts } from '../ui';
import { usePaneTexts } from './usePaneTexts';
import { ComposeView } from './ComposeView';
import type { PaneServices } from './pane-services';
import { ReadView } from './ReadView';
import { SelectionView } from './SelectionView';
import { usePaneState, type PaneState } from './usePaneState';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    maxWidth: '40rem',
    minWidth: 0,
    // Subjects, kenmerken and addresses without spaces wrap instead of widening the pane.
    overflowWrap: 'anywhere',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

/** Props of {@link TaskPane}. */
export interface TaskPaneProps {
  readonly services: PaneServices;
  /** The item's state when the page has read and assessed it before React rendered. */
  readonly initial?: PaneState;
  /** Open on "nog vastleggen" (the page was opened with `?view=unfiled`). */
  readonly startUnfiled?: boolean;
}

/**
 * The Outlook task pane: the open mail, a draft or a selection, or "nog vastleggen" (reachable
 * with no mail open), and the outbox below.
 */
export function TaskPane({ services, initial, startUnfiled = false }: TaskPaneProps) {
  const styles = useStyles();
  const pane = usePaneTexts();
  const { state, reload } = usePaneState(services, initial);
  const [unfiled, setUnfiled] = useState(startUnfiled);
  const canList = services.unfiled !== undefined;
  return (
    <main className={styles.pane} aria-busy={state.kind === 'loading'}>
      <div className={styles.header}>
        <h1 className={styles.title}>{pane.paneTitle}</h1>
        {canList && (
          <Button appearance="subtle" aria-pressed={unfiled} onClick={() => setUnfiled(!unfiled)}>
            {unfiled ? pane.backToItem : pane.openUnfiled}
          </Button>
        )}
      </div>
      {unfiled && services.unfiled !== undefined ? (
        <LazyUnfiledView services={services.unfiled} />
      ) : (
        <PaneBody services={services} state={state} reload={reload} />
      )}
      <OutboxList outbox={services.outbox} />
    </main>
  );
}

interface PaneBodyProps {
  readonly services: PaneServices;
  readonly state: PaneState;
  readonly reload: () => void;
}

function PaneBody({ services, state, reload }: PaneBodyProps) {
  const texts = useTexts();
  const pane = usePaneTexts();
  switch (state.kind) {
    case 'loading':
      // Plain text, as the page's static shell shows it: no component styles to insert while the
      // pane is still reading the mail and loading the core.
      return (
        <p role="status" data-testid="loading">
          {pane.loading}
        </p>
      );
    case 'failed':
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            {state.code === 'read-failed'
              ? pane.readFailed
              : `${pane.readFailed} ${sentence(texts.error(state.code))}`}
          </MessageBarBody>
        </MessageBar>
      );
    case 'none':
      return <div>{pane.noItem}</div>;
    case 'read':
      return <ReadView key={state.itemId} services={services} {...state} />;
    case 'compose':
      return (
        <ComposeView services={services} {...state} stored={state.dossier} onReassess={reload} />
      );
    case 'selection':
      return <SelectionView services={services} items={state.items} dossiers={state.dossiers} />;
  }
}

/** A clause of the shared error texts as a sentence of its own. */
function sentence(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}
