import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tlsFromEnvironment } from './credentials';
import { selfSignedCertificate } from './self-signed';

describe('the self-signed certificate', () => {
  it('is for localhost and 127.0.0.1, valid for a year, and matches its key', async () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const { key, cert } = await selfSignedCertificate(now);
    const certificate = new X509Certificate(cert);
    expect(certificate.subjectAltName).toContain('DNS:localhost');
    expect(certificate.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(certificate.checkHost('localhost')).toBe('localhost');
    expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(new Date(certificate.validFrom).getTime()).toBeLessThanOrEqual(now.getTime());
    const days = (new Date(certificate.validTo).getTime() - now.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(365);
    expect(certificate.checkPrivateKey(createPrivateKey(key))).toBe(true);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.publicKey.asymmetricKeyType).toBe('ec');
  });

  it('is made once per data folder and then kept', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-tls-'));
    try {
      const env = { BRONVAST_TLS: 'self-signed' };
      const first = await tlsFromEnvironment(env, dataDir);
      const second = await tlsFromEnvironment(env, dataDir);
      expect(first?.cert).toContain('BEGIN CERTIFICATE');
      expect(second).toEqual(first);
      expect(await tlsFromEnvironment({}, dataDir)).toBeUndefined();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
