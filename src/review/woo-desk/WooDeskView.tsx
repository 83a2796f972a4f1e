import { Button, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { StoredWooRequest } from '../../graph/woo';
import { NewRequestForm } from './NewRequestForm';
import { RequestOverviewTable } from './RequestOverviewTable';
import { RequestView } from './RequestView';
import type { DeskOverview, WooDeskServices } from './woo-desk-services';
import { useWooDeskTexts } from './useWooDeskTexts';

/** Props of {@link WooDeskView}. */
export interface WooDeskViewProps {
  /** Builds the desk's services; loaded with the tab, so the page's first view stays light. */
  readonly load: () => Promise<WooDeskServices>;
}

/** The Woo desk: the requests by days left, a new request, and one request's work. */
export function WooDeskView({ load }: WooDeskViewProps) {
  const texts = useWooDeskTexts();
  const [services, setServices] = useState<WooDeskServices | null>(null);
  const [overview, setOverview] = useState<DeskOverview | null>(null);
  const [open, setOpen] = useState<StoredWooRequest | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load().then(setServices, () => setFailed(true));
  }, [load]);
  const refresh = useCallback(() => {
    if (services === null) return;
    services.overview().then(setOverview, () => setFailed(true));
  }, [services]);
  useEffect(refresh, [refresh]);
  if (failed) return <p role="alert">{texts.failed}</p>;
  if (services === null || overview === null) return <Spinner size="small" />;
  if (open !== null) {
    const current = overview.requests.find(
      (entry) => entry.stored.request.zaaknummer === open.request.zaaknummer,
    );
    return (
      <section aria-label={open.request.zaaknummer}>
        <Button onClick={() => setOpen(null)}>{texts.request.back}</Button>
        {current !== undefined && (
          <RequestView services={services} overview={current} onChanged={refresh} />
        )}
      </section>
    );
  }
  return (
    <section aria-label={texts.tab}>
      <RequestOverviewTable overview={overview} onOpen={setOpen} />
      <NewRequestForm services={services} onCreated={refresh} />
    </section>
  );
}
