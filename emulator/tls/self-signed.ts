import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import {
  bitString,
  explicit,
  integer,
  octetString,
  oid,
  sequence,
  set,
  tlv,
  utcTime,
  utf8,
} from './der';

/** A PEM key and certificate for HTTPS. */
export interface TlsCredentials {
  readonly key: string;
  readonly cert: string;
}

const ECDSA_SHA256 = '1.2.840.10045.4.3.2';

/**
 * A fresh self-signed certificate (ECDSA P-256, one year) for localhost and 127.0.0.1, so the
 * emulator can speak HTTPS: the Graph client only treats https URLs (nextLink, uploadUrl) as
 * absolute and only sends its token to https hosts.
 */
export function selfSignedCertificate(now: Date = new Date()): TlsCredentials {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const name = sequence(
    set(sequence(oid('2.5.4.3'), utf8('localhost'))),
    set(sequence(oid('2.5.4.10'), utf8('Bronvast local record system'))),
  );
  const algorithm = sequence(oid(ECDSA_SHA256));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    algorithm,
    name,
    sequence(
      utcTime(new Date(now.getTime() - 86_400_000)),
      utcTime(new Date(now.getTime() + 365 * 86_400_000)),
    ),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(subjectAltName(), extendedKeyUsage())),
  );
  const certificate = sequence(tbs, algorithm, bitString(sign('sha256', tbs, privateKey)));
  return {
    key: String(privateKey.export({ type: 'pkcs8', format: 'pem' })),
    cert: pem(certificate),
  };
}

function subjectAltName(): Buffer {
  const names = sequence(
    tlv(0x82, Buffer.from('localhost', 'ascii')),
    tlv(0x87, Buffer.from([127, 0, 0, 1])),
  );
  return sequence(oid('2.5.29.17'), octetString(names));
}

function extendedKeyUsage(): Buffer {
  return sequence(oid('2.5.29.37'), octetString(sequence(oid('1.3.6.1.5.5.7.3.1'))));
}

function pem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
