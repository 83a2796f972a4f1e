import {
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { assessMessage, prepareContext, type Dossier } from '../../core';
import type { ReviewItem } from '../../graph';
import { DisclosureSection, RelevanceSection } from '../../ui';
import type { ReviewServices } from '../review-services';
import { useReviewTexts } from '../ReviewTexts';
import { AuditTrail } from './AuditTrail';
import { MetadataList } from './MetadataList';
import { RecordContentView } from './RecordContentView';
import { recordWarnings } from './record-warnings';
import { useRecordDetail, type ContentView } from './useRecordDetail';
import { VersionHistory } from './VersionHistory';
import { TrustSection } from './TrustSection';
import { useRecordTrust } from './useRecordTrust';
import type { ManagerSet } from '../../core/trust/trust-facts';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Props of {@link RecordDetail}. */
export interface RecordDetailProps {
  readonly item: ReviewItem;
  readonly services: ReviewServices;
  /** The records managers (their group's members); undefined until known. */
  readonly managers: ManagerSet | undefined;
  readonly dossiers: readonly Dossier[];
  readonly organisationDomains: readonly string[];
}

/** One record: warnings, its verification, metadata, the reasons, its content, versions and audit trail. */
export function RecordDetail({
  item,
  services,
  managers,
  dossiers,
  organisationDomains,
}: RecordDetailProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const detail = useRecordDetail(services, item);
  const trust = useRecordTrust(services, item, detail, managers);
  const known = useMemo(() => new Set(dossiers.map((dossier) => dossier.id)), [dossiers]);
  const warnings = recordWarnings(item, known);
  return (
    <section className={styles.pane} aria-label={texts.detail.heading}>
      <h2>{item.record.metadata?.subject || texts.detail.heading}</h2>
      {warnings.map((warning) => (
        <MessageBar key={warning} intent="warning">
          <MessageBarBody>{texts.warnings[warning]}</MessageBarBody>
        </MessageBar>
      ))}
      <h3>{texts.trust.heading}</h3>
      <TrustSection state={trust} />
      <h3>{texts.detail.metadata}</h3>
      <MetadataList item={item} />
      <Reasons
        content={detail.content}
        dossiers={dossiers}
        organisationDomains={organisationDomains}
      />
      <h3>{texts.detail.content}</h3>
      <RecordContentView content={detail.content} />
      <h3>{texts.detail.versions}</h3>
      {detail.versions === undefined ? (
        <Spinner size="tiny" label={texts.detail.loading} />
      ) : detail.versions === 'failed' ? (
        <p>{texts.errors.load}</p>
      ) : (
        <VersionHistory
          versions={detail.versions}
          found={trust.kind === 'done' ? trust.found : []}
          files={trust.kind === 'done' ? trust.files : []}
        />
      )}
      <h3>{texts.detail.audit}</h3>
      {detail.audit === undefined ? (
        <Spinner size="tiny" label={texts.detail.loading} />
      ) : detail.audit === 'failed' ? (
        <p>{texts.errors.load}</p>
      ) : (
        <AuditTrail events={detail.audit} />
      )}
    </section>
  );
}

/** The assessment of the filed mail, computed again from its content as the pane did. */
function Reasons(props: {
  readonly content: ContentView;
  readonly dossiers: readonly Dossier[];
  readonly organisationDomains: readonly string[];
}) {
  const texts = useReviewTexts();
  const { content, dossiers, organisationDomains } = props;
  const assessment = useMemo(() => {
    if (content.kind !== 'mail') return undefined;
    const context = prepareContext({ dossiers, history: [], organisationDomains });
    return assessMessage(content.message, context);
  }, [content, dossiers, organisationDomains]);
  if (assessment === undefined || content.kind !== 'mail') return null;
  return (
    <>
      <h3>{texts.detail.reasons}</h3>
      <RelevanceSection relevance={assessment.relevance} />
      <DisclosureSection disclosure={assessment.disclosure} bodyText={content.message.bodyText} />
    </>
  );
}
