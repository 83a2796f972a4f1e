import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  type TableRowId,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ExportOrganisation } from '../../exports';
import type { RegisteredDossier, ReviewAction, ReviewFilter, ReviewItem } from '../../graph';
import { RecordDetail } from '../detail/RecordDetail';
import type { ReviewServices } from '../review-services';
import { useReviewTexts } from '../ReviewTexts';
import { runAction, type ActionReport } from '../run-action';
import { ActionBar } from './ActionBar';
import { ActionNotice } from './ActionNotice';
import { ExportButton } from './ExportButton';
import { FilterBar } from './FilterBar';
import { RecordGrid } from './RecordGrid';
import { useReviewQueue } from './useReviewQueue';
import { useQueueTrust } from './useQueueTrust';
import { isRecordsManager } from '../records-managers';
import { managersOf, type ManagersState } from '../useManagers';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalL,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Props of {@link QueueView}. */
export interface QueueViewProps {
  readonly services: ReviewServices;
  readonly managers: ManagersState;
  readonly dossiers: readonly RegisteredDossier[];
  readonly organisationDomains: readonly string[];
  readonly organisation: ExportOrganisation;
}

/**
 * The review queue: filters, the grid and the open record, and for records managers (members of
 * their Entra ID group) the actions on the selection.
 */
export function QueueView({
  services,
  managers,
  dossiers,
  organisationDomains,
  organisation,
}: QueueViewProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const [filter, setFilter] = useState<ReviewFilter>({ status: 'te-beoordelen' });
  const { state, loadMore, refresh, replace } = useReviewQueue(services, filter);
  const [selected, setSelected] = useState<ReadonlySet<TableRowId>>(new Set());
  const [open, setOpen] = useState<ReviewItem>();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ActionReport>();
  const chosen = state.items.filter((item) => selected.has(item.record.id));
  const members = managersOf(managers);
  const reviewer = isRecordsManager(services.user, members);
  const trust = useQueueTrust(services, state.items, members);
  const act = async (action: ReviewAction) => {
    setBusy(true);
    setReport(undefined);
    try {
      const result = await runAction(services, chosen, action);
      setReport(result);
      replace(result.reloaded);
      if (result.done > 0) await refresh();
      setSelected(new Set());
      setOpen(undefined);
    } catch {
      setReport(failedReport(chosen.length));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.column}>
      <FilterBar dossiers={dossiers} onApply={setFilter} />
      {state.local.length > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{texts.filters.localOnly(state.local, state.hidden)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {reviewer ? (
        <ActionBar
          count={chosen.length}
          busy={busy}
          dossiers={dossiers}
          onAction={(action) => void act(action)}
        />
      ) : null}
      <ExportButton items={chosen.length > 0 ? chosen : state.items} organisation={organisation} />
      <p aria-live="polite">{texts.grid.selected(chosen.length)}</p>
      {report === undefined ? null : <ActionNotice report={report} />}
      {state.error === undefined ? null : (
        <MessageBar intent="error">
          <MessageBarBody>{texts.errors[state.error]}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.layout}>
        <div className={styles.column}>
          <RecordGrid
            items={state.items}
            trust={trust}
            selected={selected}
            onSelect={setSelected}
            onOpen={setOpen}
          />
          {state.loading ? <Spinner size="small" label={texts.grid.loading} /> : null}
          {!state.loading && state.items.length === 0 ? <p>{texts.grid.empty}</p> : null}
          {state.nextLink === undefined ? null : (
            <Button onClick={() => void loadMore()} disabled={state.loading}>
              {texts.grid.more}
            </Button>
          )}
        </div>
        {open === undefined ? (
          <p>{texts.detail.none}</p>
        ) : (
          <RecordDetail
            item={open}
            services={services}
            managers={members}
            dossiers={dossiers.map((entry) => entry.dossier)}
            organisationDomains={organisationDomains}
          />
        )}
      </div>
    </div>
  );
}

/** The report of an action that failed as a whole (the record system unreachable). */
function failedReport(count: number): ActionReport {
  return {
    done: 0,
    changedMeanwhile: 0,
    forbidden: 0,
    notFound: 0,
    failed: count,
    fileMissing: 0,
    reloaded: new Map(),
  };
}
