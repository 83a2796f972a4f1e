import type { ServerResponse } from 'node:http';

/**
 * Answers a request whose Host is not one of the server's own names: 421 Misdirected Request
 * (RFC 9110 section 15.5.20), closing the connection, with nothing of the request in the answer.
 */
export function writeMisdirected(outgoing: ServerResponse): void {
  const body = JSON.stringify({
    error: {
      code: 'MisdirectedRequest',
      message: 'The Host header does not name this record system.',
    },
  });
  outgoing.writeHead(421, { 'content-type': 'application/json', connection: 'close' }).end(body);
}
