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

// A label at the start of the text, a line or after a run of spaces (the Waalwijk OCR flattens
// lines into runs of three or more spaces); its value runs to the next such break.
const FIELD =
  /(?:^|\n|\s{2,})(van|from|aan|to|cc|ce|onderwerp|subject|bijlagen|bijlage|attachments|verzonden|sent|datum|date|importance|urgentie)\s*:[ \t]?(.*?)(?=\s{3,}|\n|$)/gi;
const ADDRESS = /[\w.+-]*@[\w-]+(?:\.[\w-]+)+/g;
const DOCUMENT_NAME = /[^;,]+?\.(?:pdf|docx?|xlsx?|pptx?|msg|jpe?g|png|ics|zip)/gi;

/** How far the header block may start from the top, and how far apart two of its fields may be. */
const HEADER_START_LIMIT = 400;
const FIELD_GAP_LIMIT = 200;

function addresses(value: string): Party[] {
  return [...value.matchAll(ADDRESS)].map((match) => ({ address: match[0].toLowerCase() }));
}

/** Splits the header block of an OCR'd mail from its body, keeping what can be read of it. */
export function parseOcrMail(text: string): OcrMail {
  const found: { subject?: string; from?: Party; to: Party[]; cc: Party[]; names: string[] } = {
    to: [],
    cc: [],
    names: [],
  };
  let end = 0;
  for (const match of text.matchAll(FIELD)) {
    const limit = end === 0 ? HEADER_START_LIMIT : end + FIELD_GAP_LIMIT;
    if (match.index > limit) break;
    const kind = LABELS[(match[1] ?? '').toLowerCase()];
    const value = (match[2] ?? '').trim();
    end = match.index + match[0].length;
    if (kind === 'subject' && found.subject === undefined) found.subject = value;
    const sender = kind === 'from' ? addresses(value)[0] : undefined;
    if (sender !== undefined && found.from === undefined) found.from = sender;
    if (kind === 'to') found.to.push(...addresses(value));
    if (kind === 'cc') found.cc.push(...addresses(value));
    if (kind === 'attachments') found.names.push(...documentNames(value));
  }
  return {
    ...(found.subject === undefined ? {} : { subject: found.subject }),
    ...(found.from === undefined ? {} : { from: found.from }),
    to: found.to,
    cc: found.cc,
    attachments: found.names.map((name) => ({ name, size: 0 })),
    body: text.slice(end).trim(),
  };
}

function documentNames(value: string): string[] {
  return [...value.matchAll(DOCUMENT_NAME)].map((match) => match[0].trim());
}
