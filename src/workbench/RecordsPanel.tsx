import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { queryRecords, type FiledRecord, type GraphClient, type SiteIds } from '../graph';
import type { WorkbenchMessages } from '../ui/messages/workbench-messages';

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
  readonly texts: WorkbenchMessages;
  /** Re-read every so many milliseconds (0: only on "Vernieuwen"). */
  readonly pollMs?: number;
}

/** The records in the Records library, newest first, with the columns Bronvast set. */
export function RecordsPanel({ client, site, texts, pollMs = 4000 }: RecordsPanelProps) {
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
            <tr key={record.id} data-dedup-key={record.metadata?.dedupKey}>
              <td className={styles.cell}>
                <a href={record.webUrl}>{record.metadata?.subject ?? record.id}</a>
              </td>
              <td className={styles.cell}>{record.metadata?.dossier}</td>
              <td className={styles.cell}>{record.metadata?.assessment}</td>
              <td className={styles.cell}>{record.metadata?.filedBy}</td>
              <td className={`${styles.cell} ${styles.hash}`}>
                {record.metadata?.sha256.slice(0, 12)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
