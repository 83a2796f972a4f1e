import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { RegisteredDossier } from '../graph';
import { AccessNotice } from './AccessNotice';
import { useManagers } from './useManagers';
import { DashboardView } from './dashboard/DashboardView';
import { LearningPanel } from './dashboard/LearningPanel';
import { QueueView } from './queue/QueueView';
import type { ExportOrganisation } from '../exports';
import type { ReviewServices } from './review-services';
import { useReviewTexts } from './ReviewTexts';

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
}

/** The records manager's page: the review queue and the dashboard. */
export function ReviewPage({ services, organisationDomains, organisation }: ReviewPageProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const [tab, setTab] = useState<'queue' | 'dashboard'>('queue');
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
        onTabSelect={(_event, data) => setTab(data.value === 'dashboard' ? 'dashboard' : 'queue')}
      >
        <Tab value="queue">{texts.tabs.queue}</Tab>
        <Tab value="dashboard">{texts.tabs.dashboard}</Tab>
      </TabList>
      {tab === 'queue' ? (
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
