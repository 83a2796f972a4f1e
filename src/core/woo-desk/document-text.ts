import type { Message, Party } from '../message';

/** The labels of a mail's header lines in a document's text, in their order. */
export const HEADER_LABELS = ['Van', 'Aan', 'Cc', 'Datum', 'Onderwerp'] as const;

const DATE = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function party(value: Party): string {
  const name = value.name?.trim() ?? '';
  if (name === '') return value.address;
  return value.address === '' ? name : `${name} <${value.address}>`;
}

/**
 * The text of a mail or chat message as the Woo desk assesses, redacts and publishes it: the
 * header lines (sender, recipients, date, subject) and a blank line before the body, so that
 * personal data in the headers is found and redacted like any other passage.
 */
export function documentText(message: Message): string {
  const date = message.sent ?? message.received;
  const lines: [string, string][] = [
    ['Van', message.from === undefined ? '' : party(message.from)],
    ['Aan', message.to.map(party).join('; ')],
    ['Cc', message.cc.map(party).join('; ')],
    ['Datum', date === undefined ? '' : DATE.format(date)],
    ['Onderwerp', message.subject],
  ];
  const header = lines
    .filter(([label, value]) => value !== '' || label === 'Onderwerp')
    .map(([label, value]) => `${label}: ${value.replace(/\s+/g, ' ').trim()}`)
    .join('\n');
  return `${header}\n\n${message.bodyText.replace(/\r\n?/g, '\n').trim()}\n`;
}

/**
 * The passages of a message's parties: each name and address as it appears in the headers,
 * so that they are proposed for redaction wherever the text repeats them.
 */
export function partyPassages(message: Message): string[] {
  const parties = [
    ...(message.from === undefined ? [] : [message.from]),
    ...message.to,
    ...message.cc,
  ];
  const passages = parties.flatMap((value) => [value.name?.trim() ?? '', value.address]);
  return [...new Set(passages.filter((passage) => passage.length >= 3))];
}
