import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { CoverageSummaryRow } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';

/** Props of {@link CoverageTable}. */
export interface CoverageTableProps {
  readonly rows: readonly CoverageSummaryRow[];
}

/** Every coverage figure per team and week: what the chart sums per week, for screen readers too. */
export function CoverageTable({ rows }: CoverageTableProps) {
  const { dashboard } = useReviewTexts();
  const t = dashboard.coverage;
  const heads = [
    t.team,
    t.week,
    t.relevant,
    t.filed,
    t.dismissed,
    t.open,
    t.oldestOpenDays,
    t.filedShare,
  ];
  return (
    <Table size="small" aria-label={t.caption}>
      <TableHeader>
        <TableRow>
          {heads.map((head) => (
            <TableHeaderCell key={head}>{head}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.week}|${row.team}`}>
            <TableCell>{row.team === '' ? dashboard.unknown : row.team}</TableCell>
            <TableCell>{row.week}</TableCell>
            <TableCell>{row.relevant}</TableCell>
            <TableCell>{row.filed}</TableCell>
            <TableCell>{row.dismissed}</TableCell>
            <TableCell>{row.open}</TableCell>
            <TableCell>{row.open === 0 ? '—' : row.oldestOpenDays}</TableCell>
            <TableCell>
              {row.filedShare === undefined ? '—' : dashboard.percent(row.filedShare)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
