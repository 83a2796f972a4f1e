import {
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  assessMessage,
  loadNameLexicon,
  prepareContext,
  type Dossier,
  type NameLexicon,
} from '../../core';
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

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Props of {@link RecordDetail}. */
export interface RecordDetailProps {
  readonly item: ReviewItem;
  readonly services: ReviewServices;
  readonly dossiers: readonly Dossier[];
  readonly organisationDomains: readonly string[];
}

/** One record: warnings, metadata, the reasons, its content, versions and audit trail. */
export function RecordDetail({ item, services, dossiers, organisationDomains }: RecordDetailProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const detail = useRecordDetail(services, item);
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
        <VersionHistory versions={detail.versions} managers={services.recordsManagers} />
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
  const nameLexicon = useNameLexicon();
  const assessment = useMemo(() => {
    if (content.kind !== 'mail') return undefined;
    const context = prepareContext({
      dossiers,
      history: [],
      organisationDomains,
      ...(nameLexicon === undefined ? {} : { nameLexicon }),
    });
    return assessMessage(content.message, context);
  }, [content, dossiers, organisationDomains, nameLexicon]);
  if (assessment === undefined || content.kind !== 'mail') return null;
  return (
    <>
      <h3>{texts.detail.reasons}</h3>
      <RelevanceSection relevance={assessment.relevance} />
      <DisclosureSection disclosure={assessment.disclosure} bodyText={content.message.bodyText} />
    </>
  );
}

/**
 * The name lexicon, loaded once in its own chunk as the pane loads it: until it has arrived the
 * detail shows the assessment without it, then the same finds as the pane. A lexicon that fails
 * to load leaves the assessment without it.
 */
function useNameLexicon(): NameLexicon | undefined {
  const [lexicon, setLexicon] = useState<NameLexicon | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadNameLexicon().then(
      (loaded) => {
        if (live) setLexicon(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return lexicon;
}
