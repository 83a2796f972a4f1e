// Where earlier mail starts in a reply or forward: Outlook's "-----Original Message-----" and
// "Van: ... Verzonden:" blocks, Lotus Notes' "---- Forwarded by", "On ... wrote:" and "> " lines.
const QUOTE_START =
  /(^|\n)[ \t]*(-{2,}[^\n]*(original message|oorspronkelijk bericht|forwarded by|doorgestuurd bericht|forwarded message)|>|(van|from):[^\n]*\n[ \t]*(verzonden|sent|date|datum|aan|to):|on [^\n]{5,100} wrote:|op [^\n]{5,100} (schreef|heeft [^\n]* geschreven)[^\n]*:)/;

/**
 * Splits a (folded) body into the author's own text and the earlier mail quoted below it, so
 * that a two-line note above a long forward still weighs as much as the forward.
 */
export function splitQuoted(body: string): { readonly own: string; readonly quoted: string } {
  const match = QUOTE_START.exec(body);
  if (match === null) return { own: body, quoted: '' };
  return { own: body.slice(0, match.index), quoted: body.slice(match.index) };
}
