const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * When a message was sent, as `toLocaleString(language, { dateStyle: 'medium', timeStyle:
 * 'short' })` writes it, with one formatter per language: building a formatter for each message
 * cost more than drawing the message.
 */
export function messageTime(created: Date, language: string): string {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return format.format(created);
}
