import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { DISCLOSURE_LEVEL_CODES, type DisclosureLevel } from '../../core/vocabulary';
import { useReviewTexts } from '../ReviewTexts';
import type { DashboardRow } from './summarize';

const LEVEL_KEYS: readonly (DisclosureLevel | 'none')[] = [...DISCLOSURE_LEVEL_CODES, 'none'];

/** Props of {@link DashboardTable}. */
export interface DashboardTableProps {
  readonly caption: string;
  readonly rows: readonly DashboardRow[];
  readonly label: (key: string) => string;
}

/** Every figure of a dimension as a table: what the chart shows, for screen readers too. */
export function DashboardTable({ caption, rows, label }: DashboardTableProps) {
  const { dashboard: t, levels } = useReviewTexts();
  const hours = (value: number | undefined) => (value === undefined ? '—' : t.hours(value));
  const days = (value: number | undefined) => (value === undefined ? '—' : t.days(value));
  const heads = [
    t.filed,
    t.filingMedian,
    t.filingP90,
    t.backlog,
    t.oldest,
    t.changed,
    t.completeness,
    t.levels,
  ];
  return (
    <Table size="small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{caption}</TableHeaderCell>
          {heads.map((head) => (
            <TableHeaderCell key={head}>{head}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell>{label(row.key)}</TableCell>
            <TableCell>{row.filed}</TableCell>
            <TableCell>{hours(row.filingHoursMedian)}</TableCell>
            <TableCell>{hours(row.filingHoursP90)}</TableCell>
            <TableCell>{row.backlog}</TableCell>
            <TableCell>{days(row.backlogOldestDays)}</TableCell>
            <TableCell>{t.percent(row.changedShare)}</TableCell>
            <TableCell>{t.percent(row.completeness)}</TableCell>
            <TableCell>
              {LEVEL_KEYS.filter((level) => row.byLevel[level] > 0)
                .map((level) => `${levels[level]}: ${row.byLevel[level]}`)
                .join(', ')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
