/** Encodings MIME needs: quoted-printable bodies, RFC 2047 header words, wrapped base64. */

const CRLF = '\r\n';

/** Quoted-printable (RFC 2045) of UTF-8 text, lines at most 76 characters, CRLF line ends. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r?\n/g, '\n')
    .split('\n')
    .map((line) => wrapQuotedLine(encodeLine(line)))
    .join(CRLF);
}

function encodeLine(line: string): string {
  let out = '';
  for (const byte of Buffer.from(line, 'utf8')) {
    const printable = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 || byte === 9;
    out += printable
      ? String.fromCharCode(byte)
      : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out.replace(
    /[ \t]$/,
    (space) => `=${space.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function wrapQuotedLine(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > 76) {
    let cut = 75;
    const escape = rest.lastIndexOf('=', cut - 1);
    if (escape > cut - 3) cut = escape;
    parts.push(`${rest.slice(0, cut)}=`);
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts.join(CRLF);
}

/** Base64 wrapped at 76 characters. */
export function wrappedBase64(content: Buffer): string {
  return (content.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** A header word in RFC 2047 `=?UTF-8?B?...?=` form when it is not plain ASCII. */
export function encodeWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text)
    ? text
    : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** A mailbox header value: `"Name" <address>` with the name encoded when needed. */
export function formatAddress(address: {
  readonly name: string;
  readonly address: string;
}): string {
  if (address.name === '') return `<${address.address}>`;
  const name = encodeWord(address.name);
  const quoted =
    name.startsWith('=?') || !/[,;:<>@"()[\]\\.]/.test(name)
      ? name
      : `"${name.replace(/["\\]/g, '\\$&')}"`;
  return `${quoted} <${address.address}>`;
}

/** An RFC 5322 date in the Europe/Amsterdam offset the demo mail was written in. */
export function formatMailDate(date: Date): string {
  const offsetMinutes = amsterdamOffsetMinutes(date);
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const pad = (value: number) => String(value).padStart(2, '0');
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${days[local.getUTCDay()]}, ${local.getUTCDate()} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`;
}

function amsterdamOffsetMinutes(date: Date): number {
  const year = date.getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1));
    return new Date(last.getTime() - last.getUTCDay() * 86_400_000);
  };
  return date >= lastSunday(2) && date < lastSunday(9) ? 120 : 60;
}
