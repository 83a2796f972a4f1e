import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReviewItem } from '../../graph';
import { useTexts } from '../../ui';
import { formatDateTime } from '../format-date';
import { useReviewTexts } from '../ReviewTexts';
import { Coded } from './Coded';
import { categoryLabel, columnLabel, groundLabels, type Labelled } from './field-labels';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    wordBreak: 'break-word',
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

type Row = readonly [Labelled, Labelled];

/** The record's columns as far as they are known, by their labels (codes on demand). */
export function MetadataList({ item }: { readonly item: ReviewItem }) {
  const texts = useReviewTexts();
  const woo = useTexts();
  const styles = useStyles();
  const metadata = item.record.metadata;
  const term = (column: string) => columnLabel(column, texts);
  const plain = (text: string): Labelled => ({ text });
  const date = (value: Date | undefined) => plain(formatDateTime(value));
  const rows: Row[] =
    metadata === null
      ? [
          [term('BronvastFiledBy'), plain(item.createdBy?.displayName ?? '—')],
          [term('BronvastFiledAt'), date(item.lastModifiedAt)],
        ]
      : [
          [term('MailSubject'), plain(metadata.subject || texts.grid.noSubject)],
          [term('MailFrom'), plain(metadata.from ?? '—')],
          [term('MailTo'), plain(metadata.to.join('; ') || '—')],
          [term('MailSent'), date(metadata.sent)],
          [term('MailReceived'), date(metadata.received)],
          [term('BronvastDossier'), plain(metadata.dossier || '—')],
          [
            term('BronvastReviewStatus'),
            { text: texts.statuses[metadata.reviewStatus], code: metadata.reviewStatus },
          ],
          [
            term('BronvastAssessment'),
            { text: texts.levels[metadata.assessment], code: metadata.assessment },
          ],
          [term('BronvastGrounds'), plain(groundLabels(metadata.grounds, woo).join('; ') || '—')],
          [term('BronvastWooCategory'), categoryLabel(metadata.wooCategory ?? '', texts, woo)],
          [
            term('BronvastRelevance'),
            plain(
              Number.isFinite(metadata.relevance)
                ? `${Math.round(metadata.relevance * 100)}%`
                : '—',
            ),
          ],
          [term('BronvastToelichting'), plain(metadata.toelichting || '—')],
          [term('BronvastFiledBy'), plain(`${item.createdBy?.displayName ?? metadata.filedBy}`)],
          [term('BronvastFiledAt'), date(metadata.filedAt)],
          [term('BronvastSha256'), plain(metadata.sha256 || '—')],
        ];
  return (
    <dl className={styles.list} data-testid="metadata">
      {rows.map(([name, value]) => (
        <div key={name.text} style={{ display: 'contents' }}>
          <dt className={styles.term}>
            <Coded value={name} />
          </dt>
          <dd className={styles.value}>
            <Coded value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
