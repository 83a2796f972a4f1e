import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { pipeline } from 'node:stream/promises';
import type { EmulatorResponse } from './exchange';
import { withInnerError } from './graph-error';

/** Writes a response to the socket; `drop` destroys the connection instead. */
export async function writeResponse(
  socket: Socket,
  outgoing: ServerResponse,
  response: EmulatorResponse,
  common: Readonly<Record<string, string>>,
  requestId: string,
  date: Date,
): Promise<void> {
  const { body } = response;
  if (body.kind === 'drop') {
    socket.destroy();
    return;
  }
  const headers: Record<string, string> = { ...common, ...response.headers };
  if (body.kind === 'empty') {
    outgoing.writeHead(response.status, headers).end();
    return;
  }
  if (body.kind === 'json') {
    const text = JSON.stringify(withInnerError(body.value, requestId, date));
    headers['content-type'] =
      'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(text));
    outgoing.writeHead(response.status, headers).end(text);
    return;
  }
  headers['content-type'] = body.contentType;
  headers['content-length'] = String(body.length);
  outgoing.writeHead(response.status, headers);
  try {
    await pipeline(body.open(), outgoing);
  } catch (error) {
    // A client that hangs up mid-download is not the emulator's failure.
    if (!isPrematureClose(error)) throw error;
  }
}

function isPrematureClose(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === 'ERR_STREAM_PREMATURE_CLOSE'
  );
}

/** A request that failed outside every route still gets an answer: 500 with the envelope. */
export function writeFailure(
  outgoing: ServerResponse,
  incoming: IncomingMessage,
  error: unknown,
): void {
  console.error('emulator: could not answer', error);
  if (outgoing.headersSent) {
    incoming.socket?.destroy();
    return;
  }
  const body = JSON.stringify({
    error: {
      code: 'generalException',
      message: 'An unexpected error occurred in the record system.',
    },
  });
  outgoing.writeHead(500, { 'content-type': 'application/json' }).end(body);
}
