import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { selfSignedCertificate, type TlsCredentials } from './self-signed';

/**
 * TLS for the command line: BRONVAST_TLS_CERT and BRONVAST_TLS_KEY name PEM files (for example
 * the Office add-in dev certificates); BRONVAST_TLS=self-signed makes one and keeps it in the
 * data folder, so it has to be trusted only once. Nothing set: plain HTTP.
 */
export async function tlsFromEnvironment(
  env: NodeJS.ProcessEnv,
  dataDir: string,
): Promise<TlsCredentials | undefined> {
  const certFile = env['BRONVAST_TLS_CERT'];
  const keyFile = env['BRONVAST_TLS_KEY'];
  if (certFile !== undefined && keyFile !== undefined) {
    return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
  }
  if (env['BRONVAST_TLS'] !== 'self-signed') return undefined;
  const dir = join(dataDir, 'tls');
  const certPath = join(dir, 'localhost.crt');
  const keyPath = join(dir, 'localhost.key');
  if (existsSync(certPath) && existsSync(keyPath)) {
    return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8') };
  }
  const created = await selfSignedCertificate();
  mkdirSync(dir, { recursive: true });
  writeFileSync(certPath, created.cert);
  writeFileSync(keyPath, created.key, { mode: 0o600 });
  return created;
}
