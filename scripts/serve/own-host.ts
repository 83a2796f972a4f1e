/** What a local server answers to: the names it is reached by and the port it listens on. */
export interface OwnHostOptions {
  /** The port the server listens on (known once it listens). */
  readonly port: () => number;
  readonly scheme: 'http' | 'https';
  /** The interface it listens on; a named one (not a wildcard) is one of its own names. */
  readonly listenHost: string;
  /**
   * More names it may be reached by, from `BRONVAST_ALLOWED_HOSTS` (comma separated) by default:
   * for a server that `BRONVAST_LISTEN_HOST` opened to other machines under a DNS name.
   */
  readonly extraNames?: readonly string[];
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS = ['0.0.0.0', '::', '[::]'];

/**
 * Whether a request's `Host` header names this server: one of its own names with its own port.
 * A page on another name (`rebind.attacker.example:4000`, resolved to 127.0.0.1 by DNS
 * rebinding) is refused, so it can neither read answers nor have its host written into links.
 */
export function ownHostCheck(options: OwnHostOptions): (host: string | undefined) => boolean {
  const names = new Set(
    [
      ...LOOPBACK,
      ...(WILDCARDS.includes(options.listenHost) ? [] : [bracketed(options.listenHost)]),
      ...(options.extraNames ?? allowedHostsFromEnvironment()),
    ].map((name) => name.toLowerCase()),
  );
  return (host) => {
    if (host === undefined) return false;
    const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(host.trim());
    if (match === null) return false;
    const name = (match[1] ?? '').toLowerCase();
    const port = match[2] === undefined ? (options.scheme === 'https' ? 443 : 80) : +match[2];
    return names.has(name) && port === options.port();
  };
}

/** The names in `BRONVAST_ALLOWED_HOSTS`, comma separated. */
export function allowedHostsFromEnvironment(
  environment: NodeJS.ProcessEnv = process.env,
): string[] {
  return (environment['BRONVAST_ALLOWED_HOSTS'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

const bracketed = (host: string): string =>
  host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
