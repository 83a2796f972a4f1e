const CRLF = '\r\n';

/** The top-level headers of MIME text, unfolded, in order (Graph's internetMessageHeaders). */
export function topLevelHeaders(mime: string): { name: string; value: string }[] {
  const end = mime.indexOf(`${CRLF}${CRLF}`);
  const block = (end < 0 ? mime : mime.slice(0, end)).replace(/\r\n[ \t]+/g, ' ');
  return block.split(CRLF).flatMap((line) => {
    const colon = line.indexOf(':');
    return colon <= 0 ? [] : [{ name: line.slice(0, colon), value: line.slice(colon + 1).trim() }];
  });
}
