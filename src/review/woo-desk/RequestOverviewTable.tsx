import { Button } from '@fluentui/react-components';
import type { StoredWooRequest } from '../../graph/woo';
import type { DeskOverview } from './woo-desk-services';
import { useWooDeskTexts } from './useWooDeskTexts';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Props of {@link RequestOverviewTable}. */
export interface RequestOverviewTableProps {
  readonly overview: DeskOverview;
  readonly onOpen: (request: StoredWooRequest) => void;
}

/** The requests, open ones first by days left, and the average handling time. */
export function RequestOverviewTable({ overview, onOpen }: RequestOverviewTableProps) {
  const texts = useWooDeskTexts();
  const ordered = [...overview.requests].sort((a, b) => {
    const openA = a.stored.request.status === 'open' ? 0 : 1;
    const openB = b.stored.request.status === 'open' ? 0 : 1;
    return openA - openB || a.deadline.daysLeft - b.deadline.daysLeft;
  });
  return (
    <div>
      <h2>{texts.overview.heading}</h2>
      <p>
        {overview.average === null
          ? texts.overview.noAverage
          : texts.overview.average(overview.average.days, overview.average.decided)}
      </p>
      {ordered.length === 0 ? (
        <p>{texts.overview.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {texts.overview.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {ordered.map(({ stored, deadline }) => (
              <tr key={stored.itemId}>
                <td>{stored.request.zaaknummer}</td>
                <td>{day(stored.request.received)}</td>
                <td>{day(deadline.deadline)}</td>
                <td>
                  {stored.request.status === 'open'
                    ? texts.overview.daysLeft(deadline.daysLeft, deadline.suspended)
                    : '–'}
                </td>
                <td>{texts.request.status[stored.request.status]}</td>
                <td>
                  <Button
                    aria-label={`${texts.overview.open} ${stored.request.zaaknummer}`}
                    onClick={() => onOpen(stored)}
                  >
                    {texts.overview.open}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
