import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { queryRecords, type FiledRecord, type GraphClient, type SiteIds } from '../graph';
import type { UiLanguage } from '../texts/language';
import type { WorkbenchTexts } from '../texts/workbench';
import { describeLevel } from '../texts';
import { displayText, UntrustedText } from '../ui';

const useStyles = makeStyles({
  panel: { padding: tokens.spacingHorizontalM, overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'start',
    padding: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  hash: { fontFamily: 'monospace' },
});

/** Props of {@link RecordsPanel}. */
export interface RecordsPanelProps {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly texts: WorkbenchTexts;
  readonly language: UiLanguage;
  /** Re-read every so many milliseconds (0: only on "Vernieuwen"). */
  readonly pollMs?: number;
}

/** The records in the Records library, newest first, with the columns Bronvast set. */
export function RecordsPanel({ client, site, texts, language, pollMs = 4000 }: RecordsPanelProps) {
  const styles = useStyles();
  const [records, setRecords] = useState<readonly FiledRecord[]>([]);
  const refresh = useCallback(async () => {
    const page = await queryRecords(client, await site(), { top: 50 });
    setRecords(page.items.filter((record) => record.metadata !== null));
  }, [client, site]);
  useEffect(() => {
    void refresh().catch(() => undefined);
    if (pollMs === 0) return;
    const timer = setInterval(() => void refresh().catch(() => undefined), pollMs);
    return () => clearInterval(timer);
  }, [refresh, pollMs]);
  return (
    <section className={styles.panel} aria-label={texts.records}>
      <h2>{texts.records}</h2>
      <Button size="small" onClick={() => void refresh().catch(() => undefined)}>
        {texts.refresh}
      </Button>
      {records.length === 0 ? <p>{texts.noRecords}</p> : null}
      <table className={styles.table} data-testid="records">
        <thead>
          <tr>
            {texts.recordColumns.map((column) => (
              <th key={column} className={styles.cell} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <RecordRow key={record.id} record={record} texts={texts} language={language} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface RecordRowProps {
  readonly record: FiledRecord;
  readonly texts: WorkbenchTexts;
  readonly language: UiLanguage;
}

/** One record: its link opens in a new window, so the workbench stays where it is. */
function RecordRow({ record, texts, language }: RecordRowProps) {
  const styles = useStyles();
  const { metadata } = record;
  const subject = metadata?.subject.trim() ? metadata.subject : texts.noSubject;
  return (
    <tr data-dedup-key={metadata?.dedupKey}>
      <td className={styles.cell}>
        <a
          href={record.webUrl}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={texts.openRecord(displayText(subject))}
        >
          <UntrustedText text={subject} />
        </a>
      </td>
      <td className={styles.cell}>
        <UntrustedText text={metadata?.dossier ?? ''} />
      </td>
      <td className={styles.cell} data-part="assessment">
        {metadata === null ? '' : describeLevel(metadata.assessment, language)}
      </td>
      <td className={styles.cell}>{metadata?.filedBy}</td>
      <td className={`${styles.cell} ${styles.hash}`}>{metadata?.sha256.slice(0, 12)}</td>
    </tr>
  );
}
