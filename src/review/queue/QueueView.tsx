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
import type { RegisteredDossier, ReviewFilter, ReviewItem } from '../../graph';
import { RecordDetail } from '../detail/RecordDetail';
import type { ReviewServices } from '../review-services';
import { useReviewTexts } from '../ReviewTexts';
import { ActionBar } from './ActionBar';
import { ActionNotice } from './ActionNotice';
import { ExportButton } from './ExportButton';
import { FilterBar } from './FilterBar';
import { RecordGrid } from './RecordGrid';
import { SplitView } from './SplitView';
import { useQueueActions, type ActionOrigin } from './useQueueActions';
import { useReviewQueue } from './useReviewQueue';
import { useQueueTrust } from './useQueueTrust';
import { isRecordsManager } from '../records-managers';
import { managersOf, type ManagersState } from '../useManagers';

const useStyles = makeStyles({
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
 * The review queue: filters, the grid and beside it the open record; for records managers
 * (members of their Entra ID group) actions on the ticked records and on the open record. A
 * separator between grid and record sets their widths.
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
  const chosen = state.items.filter((item) => selected.has(item.record.id));
  const members = managersOf(managers);
  const reviewer = isRecordsManager(services.user, members);
  const trust = useQueueTrust(services, state.items, members);
  const afterAction = async (origin: ActionOrigin) => {
    if (origin === 'selection') setSelected(new Set());
    const touched =
      origin === 'detail' || chosen.some((item) => item.record.id === open?.record.id);
    if (open !== undefined && touched)
      setOpen((await services.reload(open.record.id)) ?? undefined);
  };
  const { busy, report, act } = useQueueActions(services, { replace, refresh, afterAction });
  const notice = (origin: ActionOrigin) =>
    report?.origin === origin ? <ActionNotice report={report.report} /> : null;
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
          label={texts.grid.selected(chosen.length)}
          targets={chosen}
          busy={busy}
          dossiers={dossiers}
          onAction={(action) => void act('selection', chosen, action)}
        />
      ) : null}
      <ExportButton
        items={chosen.length > 0 ? chosen : state.items}
        organisation={organisation}
        organisationDomains={organisationDomains}
        {...(services.completeForExport === undefined
          ? {}
          : { complete: services.completeForExport })}
      />
      <p aria-live="polite">{texts.grid.selected(chosen.length)}</p>
      {notice('selection')}
      {state.error === undefined ? null : (
        <MessageBar intent="error">
          <MessageBarBody>{texts.errors[state.error]}</MessageBarBody>
        </MessageBar>
      )}
      {open === undefined ? <p>{texts.detail.none}</p> : null}
      <SplitView
        label={texts.layout.splitter}
        start={
          <div className={styles.column}>
            <RecordGrid
              items={state.items}
              trust={trust}
              selected={selected}
              onSelect={setSelected}
              onOpen={setOpen}
              {...(open === undefined ? {} : { openId: open.record.id })}
            />
            {state.loading ? <Spinner size="small" label={texts.grid.loading} /> : null}
            {!state.loading && state.items.length === 0 ? <p>{texts.grid.empty}</p> : null}
            {state.nextLink === undefined ? null : (
              <Button onClick={() => void loadMore()} disabled={state.loading}>
                {texts.grid.more}
              </Button>
            )}
          </div>
        }
        end={
          open === undefined ? null : (
            <RecordDetail
              item={open}
              services={services}
              managers={members}
              dossiers={dossiers.map((entry) => entry.dossier)}
              organisationDomains={organisationDomains}
              onClose={() => setOpen(undefined)}
              actions={
                reviewer ? (
                  <>
                    <ActionBar
                      label={texts.layout.recordActions}
                      targets={[open]}
                      busy={busy}
                      dossiers={dossiers}
                      onAction={(action) => void act('detail', [open], action)}
                    />
                    {notice('detail')}
                  </>
                ) : null
              }
            />
          )
        }
      />
    </div>
  );
}
