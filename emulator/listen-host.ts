/**
 * The interface the local servers listen on: the loopback interface unless
 * `BRONVAST_LISTEN_HOST` widens it (`0.0.0.0` to be reachable from other machines).
 */
export function listenHost(environment: NodeJS.ProcessEnv = process.env): string {
  const host = environment['BRONVAST_LISTEN_HOST']?.trim();
  return host === undefined || host === '' ? '127.0.0.1' : host;
}
