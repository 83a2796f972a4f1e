import { generate } from 'selfsigned';

/** A PEM key and certificate for HTTPS. */
export interface TlsCredentials {
  readonly key: string;
  readonly cert: string;
}

const DAY_MS = 86_400_000;

/**
 * A fresh self-signed certificate (ECDSA P-256, one year, made by `selfsigned`) for localhost and
 * 127.0.0.1, so the emulator can speak HTTPS: the Graph client only treats https URLs (nextLink,
 * uploadUrl) as absolute and only sends its token to https hosts.
 */
export async function selfSignedCertificate(now: Date = new Date()): Promise<TlsCredentials> {
  const pems = await generate(
    [
      { name: 'commonName', value: 'localhost' },
      { name: 'organizationName', value: 'Bronvast local record system' },
    ],
    {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: new Date(now.getTime() - DAY_MS),
      notAfterDate: new Date(now.getTime() + 365 * DAY_MS),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    },
  );
  return { key: pems.private, cert: pems.cert };
}
