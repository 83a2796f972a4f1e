import { graphCallErrorFromParts, parseRetryAfter } from './error-envelope';
import { GraphCallError, isGraphCallError } from './GraphCallError';

const envelope = (code: string) =>
  JSON.stringify({
    error: { code, message: 'x', innerError: { 'request-id': 'req-1', date: '2024-01-01' } },
  });

describe('GraphCallError', () => {
  it.each([
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [429, 'throttled'],
    [503, 'throttled'],
    [500, 'unexpected'],
    [416, 'unexpected'],
  ])('maps status %i to %s', (status, kind) => {
    expect(graphCallErrorFromParts(status, new Headers(), envelope('c'), 'op').kind).toBe(kind);
  });

  it("takes code and request id from Graph's error envelope and Retry-After from the headers", () => {
    const error = graphCallErrorFromParts(
      429,
      new Headers({ 'Retry-After': '7' }),
      envelope('activityLimitReached'),
      'records.query',
    );
    expect(error).toMatchObject({
      name: 'GraphCallError',
      status: 429,
      code: 'activityLimitReached',
      requestId: 'req-1',
      retryAfter: 7,
      operation: 'records.query',
      graphMessage: 'x',
    });
  });

  it('survives a body that is not JSON', () => {
    const error = graphCallErrorFromParts(
      502,
      new Headers({ 'request-id': 'hdr' }),
      '<html>',
      'op',
    );
    expect(error.code).toBeUndefined();
    expect(error.requestId).toBe('hdr');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('is recognised by name as well as by class (errors from another realm)', () => {
    const foreign = { name: 'GraphCallError', kind: 'network', status: 0 };
    expect(isGraphCallError(foreign)).toBe(true);
    expect(isGraphCallError(new GraphCallError({ kind: 'forbidden', status: 403 }))).toBe(true);
    expect(isGraphCallError(new Error('GraphCallError'))).toBe(false);
    expect(isGraphCallError(null)).toBe(false);
  });
});
