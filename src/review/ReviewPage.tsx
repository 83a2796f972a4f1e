import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { RegisteredDossier } from '../graph';
import { AccessNotice } from './AccessNotice';
import { useManagers } from './useManagers';
import { DashboardView } from './dashboard/DashboardView';
import { LearningPanel } from './dashboard/LearningPanel';
import { QueueView } from './queue/QueueView';
import type { ExportOrganisation } from '../exports';
import type { ReviewServices } from './review-services';
import { useReviewTexts } from './ReviewTexts';
import { wooDeskTexts } from '../texts/review';
import type { WooDeskServices } from './woo-desk/woo-desk-services';

// The Woo desk is a chunk of its own: its PDF, zip and spreadsheet code loads with its tab.
const WooDeskView = lazy(() =>
  import('./woo-desk/WooDeskView').then((module) => ({ default: module.WooDeskView })),
);

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    flexWrap: 'wrap',
  },
});

/** Props of {@link ReviewPage}. */
export interface ReviewPageProps {
  readonly services: ReviewServices;
  readonly organisationDomains: readonly string[];
  /** The organisation the XML exports name as publisher and archiefvormer. */
  readonly organisation: ExportOrganisation;
  /** The Woo desk's services, built when its tab is first opened; absent: no Woo desk. */
  readonly wooDesk?: () => Promise<WooDeskServices>;
}

/** The records manager's page: the review queue, the dashboard and the Woo desk. */
export function ReviewPage({
  services,
  organisationDomains,
  organisation,
  wooDesk,
}: ReviewPageProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const [tab, setTab] = useState<'queue' | 'dashboard' | 'woo'>('queue');
  const [dossiers, setDossiers] = useState<readonly RegisteredDossier[]>([]);
  const managers = useManagers(services);
  useEffect(() => {
    services.dossiers().then(setDossiers, () => setDossiers([]));
  }, [services]);
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1>{texts.title}</h1>
        <span>{texts.signedInAs(services.user.displayName)}</span>
      </header>
      <AccessNotice user={services.user} managers={managers} />
      <TabList
        selectedValue={tab}
        onTabSelect={(_event, data) =>
          setTab(data.value === 'dashboard' || data.value === 'woo' ? data.value : 'queue')
        }
      >
        <Tab value="queue">{texts.tabs.queue}</Tab>
        <Tab value="dashboard">{texts.tabs.dashboard}</Tab>
        {wooDesk !== undefined && <Tab value="woo">{wooDeskTexts(texts.language).tab}</Tab>}
      </TabList>
      {tab === 'woo' && wooDesk !== undefined ? (
        <Suspense fallback={null}>
          <WooDeskView load={wooDesk} />
        </Suspense>
      ) : tab === 'queue' ? (
        <QueueView
          services={services}
          managers={managers}
          dossiers={dossiers}
          organisationDomains={organisationDomains}
          organisation={organisation}
        />
      ) : (
        <>
          <DashboardView services={services} />
          <LearningPanel services={services} managers={managers} />
        </>
      )}
    </main>
  );
}
