import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMemo, useState, type ReactNode } from 'react';
import type { Dossier, ManagerSet } from '../../core';
import type { ReviewItem } from '../../graph';
import type { ReviewServices } from '../review-services';
import { useReviewTexts } from '../ReviewTexts';
import { AuditTrail } from './AuditTrail';
import { ShowCodesContext } from './Coded';
import { MetadataList } from './MetadataList';
import { Reasons } from './Reasons';
import { RecordContentView } from './RecordContentView';
import { recordWarnings } from './record-warnings';
import { useRecordDetail } from './useRecordDetail';
import { VersionHistory } from './VersionHistory';
import { TrustSection } from './TrustSection';
import { useRecordTrust } from './useRecordTrust';
import { UntrustedText } from '../../ui';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', alignItems: 'start', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: 0, wordBreak: 'break-word' },
});

/** Props of {@link RecordDetail}. */
export interface RecordDetailProps {
  readonly item: ReviewItem;
  readonly services: ReviewServices;
  /** The records managers (their group's members); undefined until known. */
  readonly managers: ManagerSet | undefined;
  readonly dossiers: readonly Dossier[];
  readonly organisationDomains: readonly string[];
  /** The actions on this record, shown under its title. */
  readonly actions?: ReactNode;
  readonly onClose?: () => void;
}

/**
 * One record: its actions, warnings, its verification, metadata by label (codes on demand), the
 * reasons, its content, versions and audit trail.
 */
export function RecordDetail(props: RecordDetailProps) {
  const { item, services, managers, dossiers, organisationDomains } = props;
  const texts = useReviewTexts();
  const styles = useStyles();
  const detail = useRecordDetail(services, item);
  const trust = useRecordTrust(services, item, detail, managers);
  const [showCodes, setShowCodes] = useState(false);
  const known = useMemo(() => new Set(dossiers.map((dossier) => dossier.id)), [dossiers]);
  const warnings = recordWarnings(item, known);
  return (
    <section className={styles.pane} aria-label={texts.detail.heading}>
      <div className={styles.head}>
        <h2 className={styles.title}>
          <UntrustedText text={item.record.metadata?.subject || texts.detail.heading} />
        </h2>
        {props.onClose === undefined ? null : (
          <Button
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={texts.layout.closeDetail}
            onClick={props.onClose}
          />
        )}
      </div>
      {props.actions}
      {warnings.map((warning) => (
        <MessageBar key={warning} intent="warning">
          <MessageBarBody>{texts.warnings[warning]}</MessageBarBody>
        </MessageBar>
      ))}
      <h3>{texts.trust.heading}</h3>
      <TrustSection state={trust} />
      <ShowCodesContext.Provider value={showCodes}>
        <h3>{texts.detail.metadata}</h3>
        <Switch
          label={texts.labels.showCodes}
          checked={showCodes}
          onChange={(_event, data) => setShowCodes(data.checked)}
        />
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
      </ShowCodesContext.Provider>
    </section>
  );
}
