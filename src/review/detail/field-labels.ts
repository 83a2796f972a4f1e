import { isGroundCode, wooCategoryByTooiId } from '../../core/woo';
import type { Texts } from '../../ui';
import { formatDateTime } from '../format-date';
import type { ReviewTexts } from '../../texts/review';

/** What the page shows for a code: a label, and the code itself where it differs. */
export interface Labelled {
  readonly text: string;
  readonly code?: string;
}

/** Identifiers only a technician reads; their first writing shows only with the codes. */
export const TECHNICAL_COLUMNS: readonly string[] = [
  'BronvastDedupKey',
  'BronvastSourceId',
  'BronvastSha256',
  'MailConversationId',
];

const DATES: readonly string[] = ['BronvastFiledAt', 'MailSent', 'MailReceived'];

/** A column of the records library by its label, with its internal name as code. */
export function columnLabel(column: string, texts: ReviewTexts): Labelled {
  const label = texts.labels.columns[column];
  return label === undefined ? { text: column } : { text: label, code: column };
}

/** A Woo category by its label ("Advies"), with its TOOI id as code. */
export function categoryLabel(tooiId: string, texts: ReviewTexts, woo: Texts): Labelled {
  if (tooiId === '') return { text: texts.labels.noCategory };
  const category = wooCategoryByTooiId(tooiId);
  if (category === null) return { text: texts.labels.unknownCategory(tooiId), code: tooiId };
  return { text: capitalised(woo.wooCategory(category.code).label), code: tooiId };
}

/** Exception grounds as `5.1.2e Eerbiediging van de persoonlijke levenssfeer`, one per code. */
export function groundLabels(codes: readonly string[], woo: Texts): string[] {
  return codes.map((code) => (isGroundCode(code) ? `${code} ${woo.ground(code).label}` : code));
}

/** A stored column value as a person reads it, with the stored value as code where it differs. */
export function columnValue(
  column: string,
  value: string,
  texts: ReviewTexts,
  woo: Texts,
): Labelled {
  if (value === '') return { text: '—' };
  const coded = (text: string | undefined): Labelled =>
    text === undefined ? { text: value } : { text, code: value };
  switch (column) {
    case 'BronvastAssessment':
      return coded(lookup(texts.levels, value));
    case 'BronvastReviewStatus':
      return coded(lookup(texts.statuses, value));
    case 'BronvastSourceKind':
      return coded(lookup(texts.sources, value));
    case 'BronvastWooCategory':
      return categoryLabel(value, texts, woo);
    case 'BronvastGrounds':
      return coded(groundLabels(value.split(';'), woo).join('; '));
    case 'BronvastRelevance':
      return coded(
        Number.isFinite(Number(value)) ? `${Math.round(Number(value) * 100)}%` : undefined,
      );
    case 'MailHasAttachments':
      return coded(
        value === 'true' ? texts.labels.yes : value === 'false' ? texts.labels.no : undefined,
      );
  }
  if (DATES.includes(column)) return coded(formatDateTime(new Date(value)));
  return { text: value };
}

function lookup(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
