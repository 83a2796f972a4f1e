import {
  Badge,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Link,
  makeStyles,
  tokens,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
  type TableRowId,
} from '@fluentui/react-components';
import type { RecordId, Discrepancy } from '../../core';
import type { ReviewItem } from '../../graph';
import { describeDiscrepancy } from '../../texts';
import { formatDateTime } from '../format-date';
import { useReviewTexts } from '../ReviewTexts';
import { UntrustedText } from '../../ui';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  open: { backgroundColor: tokens.colorBrandBackground2 },
  subject: { textAlign: 'start' },
});

/** The columns' widths: the subject gets the room, the short columns what they need. */
const SIZES: TableColumnSizingOptions = {
  subject: { minWidth: 160, idealWidth: 320, defaultWidth: 320 },
  dossier: { minWidth: 90, idealWidth: 120, defaultWidth: 120 },
  status: { minWidth: 90, idealWidth: 110, defaultWidth: 110 },
  assessment: { minWidth: 90, idealWidth: 120, defaultWidth: 120 },
  filedBy: { minWidth: 90, idealWidth: 140, defaultWidth: 140 },
  filedAt: { minWidth: 110, idealWidth: 130, defaultWidth: 130 },
};

/** Props of {@link RecordGrid}. */
export interface RecordGridProps {
  readonly items: readonly ReviewItem[];
  /** What the quick check found per record; none listed: nothing wrong (or not checked yet). */
  readonly trust: ReadonlyMap<RecordId, readonly Discrepancy[]>;
  readonly selected: ReadonlySet<TableRowId>;
  readonly onSelect: (ids: ReadonlySet<TableRowId>) => void;
  readonly onOpen: (item: ReviewItem) => void;
  /** The record open beside the grid, marked in its row. */
  readonly openId?: string;
}

/**
 * The queue as a grid: arrow keys move between cells, Space selects, the subject opens; the
 * columns can be resized with the mouse, and the separator beside the grid widens it.
 */
export function RecordGrid({ items, trust, selected, onSelect, onOpen, openId }: RecordGridProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const columns = useColumns(onOpen, trust);
  return (
    <div className={styles.scroll}>
      <DataGrid
        items={[...items]}
        columns={columns}
        getRowId={(item: ReviewItem) => item.record.id}
        selectionMode="multiselect"
        selectedItems={selected}
        onSelectionChange={(_event, data) => onSelect(data.selectedItems)}
        focusMode="composite"
        aria-label={texts.grid.label}
        size="small"
        resizableColumns
        columnSizingOptions={SIZES}
      >
        <DataGridHeader>
          <DataGridRow selectionCell={{ checkboxIndicator: { 'aria-label': texts.grid.label } }}>
            {({ renderHeaderCell }) => (
              <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<ReviewItem>>
          {({ item, rowId }) => (
            <DataGridRow<ReviewItem>
              key={rowId}
              {...(rowId === openId ? { className: styles.open, 'aria-current': true } : {})}
              selectionCell={{
                checkboxIndicator: { 'aria-label': subjectOf(item, texts.grid.noSubject) },
              }}
            >
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}

function subjectOf(item: ReviewItem, fallback: string): string {
  const subject = item.record.metadata?.subject ?? '';
  return subject === '' ? fallback : subject;
}

function useColumns(
  onOpen: (item: ReviewItem) => void,
  trust: ReadonlyMap<RecordId, readonly Discrepancy[]>,
): TableColumnDefinition<ReviewItem>[] {
  const texts = useReviewTexts();
  const styles = useStyles();
  return [
    createTableColumn<ReviewItem>({
      columnId: 'subject',
      renderHeaderCell: () => texts.columns.subject,
      renderCell: (item) => (
        <Link
          as="button"
          className={styles.subject}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(item);
          }}
        >
          <UntrustedText text={subjectOf(item, texts.grid.noSubject)} />
        </Link>
      ),
    }),
    createTableColumn<ReviewItem>({
      columnId: 'dossier',
      renderHeaderCell: () => texts.columns.dossier,
      renderCell: (item) => <UntrustedText text={item.record.metadata?.dossier ?? '—'} />,
    }),
    createTableColumn<ReviewItem>({
      columnId: 'status',
      renderHeaderCell: () => texts.columns.status,
      renderCell: (item) => (
        <StatusCell
          status={
            item.record.metadata === null ? '—' : texts.statuses[item.record.metadata.reviewStatus]
          }
          found={trust.get(item.record.id) ?? []}
        />
      ),
    }),
    createTableColumn<ReviewItem>({
      columnId: 'assessment',
      renderHeaderCell: () => texts.columns.assessment,
      renderCell: (item) => texts.levels[item.record.metadata?.assessment ?? 'none'],
    }),
    createTableColumn<ReviewItem>({
      columnId: 'filedBy',
      renderHeaderCell: () => texts.columns.filedBy,
      renderCell: (item) => (
        <UntrustedText text={item.createdBy?.displayName ?? item.record.metadata?.filedBy ?? '—'} />
      ),
    }),
    createTableColumn<ReviewItem>({
      columnId: 'filedAt',
      renderHeaderCell: () => texts.columns.filedAt,
      renderCell: (item) => formatDateTime(item.record.metadata?.filedAt),
    }),
  ];
}

/** A record's status, with a badge when its review is not a records manager's as it claims. */
function StatusCell({
  status,
  found,
}: {
  readonly status: string;
  readonly found: readonly Discrepancy[];
}) {
  const texts = useReviewTexts();
  if (found.length === 0) return <>{status}</>;
  const why = found.map((discrepancy) => describeDiscrepancy(discrepancy, texts.language));
  return (
    <span>
      {status}{' '}
      <Badge color="danger" appearance="tint" title={why.join(' ')} data-testid="unconfirmed">
        {texts.trust.unconfirmed}
      </Badge>
    </span>
  );
}
