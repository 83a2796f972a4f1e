import type { Attachment, Party } from '../../src/core/message';

/** What the header block at the top of an OCR'd e-mail print-out says. */
export interface OcrMail {
  readonly subject?: string;
  readonly from?: Party;
  readonly to: readonly Party[];
  readonly cc: readonly Party[];
  readonly attachments: readonly Attachment[];
  readonly body: string;
}

const LABELS: Readonly<Record<string, keyof Omit<OcrMail, 'body'> | 'other'>> = {
  van: 'from',
  from: 'from',
  aan: 'to',
  to: 'to',
  cc: 'cc',
  ce: 'cc',
  onderwerp: 'subject',
  subject: 'subject',
  bijlagen: 'attachments',
  bijlage: 'attachments',
  attachments: 'attachments',
  verzonden: 'other',
  sent: 'other',
  datum: 'other',
  date: 'other',
  importance: 'other',
  urgentie: 'other',
};

// A label at the start of the text or after white space. Its value runs to the next label, a line
// end or a run of three or more spaces (the Waalwijk OCR flattens lines into such runs).
const LABEL =
  /(?<=^|\s)(van|from|aan|to|cc|ce|onderwerp|subject|bijlagen|bijlage|attachments|verzonden|sent|datum|date|importance|urgentie)\s*:/gi;
const VALUE_END = /\n|\s{3,}/;
const ADDRESS = /[\w.+-]*@[\w-]+(?:\.[\w-]+)+/g;
const DOCUMENT_NAME = /[^;,]+?\.(?:pdf|docx?|xlsx?|pptx?|msg|jpe?g|png|ics|zip)/gi;

/** How far the header block may start from the top, and how far apart two of its fields may be. */
const HEADER_START_LIMIT = 400;
const FIELD_GAP_LIMIT = 200;

function addresses(value: string): Party[] {
  return [...value.matchAll(ADDRESS)].map((match) => ({ address: match[0].toLowerCase() }));
}

interface Field {
  readonly kind: keyof Omit<OcrMail, 'body'> | 'other';
  readonly value: string;
  readonly end: number;
}

/** The fields of the header block: labels near the top, each close to the one before. */
function headerFields(text: string): Field[] {
  const labels = [...text.matchAll(LABEL)];
  const fields: Field[] = [];
  let end = 0;
  for (const [index, label] of labels.entries()) {
    if (label.index > (end === 0 ? HEADER_START_LIMIT : end + FIELD_GAP_LIMIT)) break;
    const valueStart = label.index + label[0].length;
    const next = labels[index + 1]?.index ?? text.length;
    const leading =
      text.slice(valueStart, next).length - text.slice(valueStart, next).trimStart().length;
    const rest = text.slice(valueStart + leading, next);
    const cut = rest.search(VALUE_END);
    const value = cut < 0 ? rest : rest.slice(0, cut);
    end = valueStart + leading + value.length;
    fields.push({
      kind: LABELS[(label[1] ?? '').toLowerCase()] ?? 'other',
      value: value.trim(),
      end,
    });
  }
  return fields;
}

/** Splits the header block of an OCR'd mail from its body, keeping what can be read of it. */
export function parseOcrMail(text: string): OcrMail {
  const fields = headerFields(text);
  const values = (kind: Field['kind']): string[] =>
    fields.filter((field) => field.kind === kind).map((field) => field.value);
  const subject = values('subject')[0];
  const from = values('from').flatMap(addresses)[0];
  return {
    ...(subject === undefined ? {} : { subject }),
    ...(from === undefined ? {} : { from }),
    to: values('to').flatMap(addresses),
    cc: values('cc').flatMap(addresses),
    attachments: values('attachments')
      .flatMap(documentNames)
      .map((name) => ({ name, size: 0 })),
    body: text.slice(fields.at(-1)?.end ?? 0).trim(),
  };
}

function documentNames(value: string): string[] {
  return [...value.matchAll(DOCUMENT_NAME)].map((match) => match[0].trim());
}
