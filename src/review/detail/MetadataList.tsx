import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReviewItem } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';

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

/** The record's columns as far as they are known. */
export function MetadataList({ item }: { readonly item: ReviewItem }) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const metadata = item.record.metadata;
  const locale = texts.language === 'en' ? 'en-GB' : 'nl-NL';
  const date = (value: Date | undefined) =>
    value === undefined || Number.isNaN(value.getTime()) ? '—' : value.toLocaleString(locale);
  const rows: [string, string][] =
    metadata === null
      ? [
          [texts.columns.filedBy, item.createdBy?.displayName ?? '—'],
          [texts.columns.filedAt, date(item.lastModifiedAt)],
        ]
      : [
          [texts.columns.subject, metadata.subject || texts.grid.noSubject],
          [texts.detail.from, metadata.from ?? '—'],
          [texts.detail.to, metadata.to.join('; ') || '—'],
          [texts.detail.received, date(metadata.received)],
          [texts.columns.dossier, metadata.dossier || '—'],
          [texts.columns.status, texts.statuses[metadata.reviewStatus]],
          [texts.columns.assessment, texts.levels[metadata.assessment]],
          [texts.detail.grounds, metadata.grounds.join('; ') || '—'],
          [texts.detail.category, metadata.wooCategory ?? '—'],
          [
            texts.detail.relevance,
            Number.isFinite(metadata.relevance) ? `${Math.round(metadata.relevance * 100)}%` : '—',
          ],
          [texts.detail.toelichting, metadata.toelichting || '—'],
          [texts.columns.filedBy, `${item.createdBy?.displayName ?? metadata.filedBy}`],
          [texts.columns.filedAt, date(metadata.filedAt)],
          [texts.detail.sha256, metadata.sha256 || '—'],
        ];
  return (
    <dl className={styles.list} data-testid="metadata">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
