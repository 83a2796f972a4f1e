import { Button } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { WooEventKind } from '../../core/woo-desk';
import type { WooLog } from '../../graph/woo';
import { PackagePanel } from './PackagePanel';
import { SearchPanel } from './SearchPanel';
import { SelectionPanel } from './SelectionPanel';
import type { RequestOverview, WooDeskServices } from './woo-desk-services';
import { useWooDeskTexts } from './useWooDeskTexts';

/** Props of {@link RequestView}. */
export interface RequestViewProps {
  readonly services: WooDeskServices;
  readonly overview: RequestOverview;
  readonly onChanged: () => void;
}

const EVENTS: readonly WooEventKind[] = ['verlenging', 'opschorting', 'hervatting', 'besluit'];

/** One request: its clock and events, the search, the selection, the package and the log. */
export function RequestView({ services, overview, onChanged }: RequestViewProps) {
  const texts = useWooDeskTexts();
  const { request } = overview.stored;
  const [selectionVersion, setSelectionVersion] = useState(0);
  const [log, setLog] = useState<WooLog | null>(null);
  const [notice, setNotice] = useState('');
  const reloadLog = useCallback(() => {
    services.log(request.zaaknummer).then(setLog, () => setLog(null));
  }, [services, request.zaaknummer]);
  useEffect(reloadLog, [reloadLog]);
  const record = (kind: WooEventKind) => {
    services.recordEvent(overview.stored, { kind, at: new Date(), note: '' }).then(
      () => {
        setNotice(texts.request.eventDone(texts.request.events[kind]));
        onChanged();
      },
      () => setNotice(texts.failed),
    );
  };
  const day = overview.deadline.deadline.toISOString().slice(0, 10);
  return (
    <div>
      <h2>
        {request.zaaknummer} · {texts.request.status[request.status]}
      </h2>
      <p>{request.text}</p>
      <p>{texts.request.deadline(day, overview.deadline.daysLeft)}</p>
      {overview.deadline.extended && <p>{texts.request.extended}</p>}
      {overview.deadline.suspended && <p>{texts.request.suspended}</p>}
      <div role="group" aria-label={texts.overview.columns[2]}>
        {EVENTS.map((kind) => (
          <Button key={kind} onClick={() => record(kind)} disabled={request.status !== 'open'}>
            {texts.request.events[kind]}
          </Button>
        ))}
      </div>
      {notice !== '' && <p role="status">{notice}</p>}
      <SearchPanel
        services={services}
        zaaknummer={request.zaaknummer}
        onSearched={reloadLog}
        onAdded={() => setSelectionVersion((version) => version + 1)}
      />
      <SelectionPanel
        services={services}
        zaaknummer={request.zaaknummer}
        version={selectionVersion}
      />
      <PackagePanel services={services} zaaknummer={request.zaaknummer} />
      <section aria-label={texts.log.heading}>
        <h3>{texts.log.heading}</h3>
        {log === null || log.searches.length === 0 ? (
          <p>{texts.log.empty}</p>
        ) : (
          <ul>
            {log.searches.map((entry, index) => (
              <li key={index}>
                {texts.log.entry(
                  entry.at.toISOString().slice(0, 16).replace('T', ' '),
                  entry.by,
                  entry.query.text,
                  entry.hits,
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
