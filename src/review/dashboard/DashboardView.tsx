import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReviewServices } from '../review-services';
import { useReviewTexts } from '../ReviewTexts';
import {
  coverageCountsFiled,
  CoverageSection,
  useCoverage,
  type CoverageState,
} from './CoverageSection';
import type { DashboardRecord } from './dashboard-record';
import { DimensionSection } from './DimensionSection';
import { UNKNOWN_KEY, type DashboardDimension } from './summarize';

/** Props of {@link DashboardView}. */
interface DashboardProps {
  readonly services: ReviewServices;
  readonly now?: Date;
}

/**
 * The compliance dashboard: per dossier, team and week, a chart with its table beside it; on a
 * site whose library holds no records yet, a sentence that says so (and, where the coverage
 * below does count filed mail, why the two differ); then the coverage of policy-relevant mail.
 * The records and the coverage load each on their own.
 */
export function DashboardView({ services, now = new Date() }: DashboardProps) {
  const texts = useReviewTexts();
  const coverage = useCoverage(services);
  return (
    <div>
      <h2>{texts.dashboard.heading}</h2>
      <RecordFigures services={services} now={now} coverage={coverage} />
      <CoverageSection figures={coverage} />
    </div>
  );
}

function RecordFigures({
  services,
  now,
  coverage,
}: Required<DashboardProps> & { readonly coverage: CoverageState }) {
  const texts = useReviewTexts();
  const [records, setRecords] = useState<readonly DashboardRecord[] | 'failed'>();
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    let live = true;
    // The figures are drawn from the first page on and grow with every page read.
    services
      .dashboard((partial) => live && setRecords(partial))
      .then(
        (all) => {
          if (!live) return;
          setRecords(all);
          setComplete(true);
        },
        () => live && setRecords('failed'),
      );
    return () => {
      live = false;
    };
  }, [services]);
  const empty = records !== undefined && records !== 'failed' && records.length === 0;
  // An empty library is only said once the coverage is known, which decides the sentence.
  if (records === undefined || (empty && (!complete || coverage === undefined)))
    return <Spinner label={texts.dashboard.loading} />;
  if (records === 'failed')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{texts.errors.load}</MessageBarBody>
      </MessageBar>
    );
  const label = (key: string) => (key === UNKNOWN_KEY ? texts.dashboard.unknown : key);
  const dimensions: [DashboardDimension, string][] = [
    ['dossier', texts.dashboard.byDossier],
    ['team', texts.dashboard.byTeam],
    ['week', texts.dashboard.byWeek],
  ];
  return (
    <>
      {complete ? null : (
        <Text block role="status" data-testid="dashboard-reading">
          {texts.dashboard.reading(records.length)}
        </Text>
      )}
      {records.length === 0 ? (
        <Text block data-testid="dashboard-empty">
          {coverageCountsFiled(coverage) ? texts.dashboard.emptyLibrary : texts.dashboard.empty}
        </Text>
      ) : (
        dimensions.map(([dimension, title]) => (
          <DimensionSection
            key={dimension}
            records={records}
            dimension={dimension}
            title={title}
            chartTitle={`${title}: ${texts.dashboard.filed}`}
            label={label}
            now={now}
          />
        ))
      )}
    </>
  );
}
