import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkOrigin,
  missingSettings,
  SOURCE_ORIGIN,
  withOrigin,
} from '../../scripts/start-outlook';
import { descendants, parseXml } from './xml-tree';

const root = join(__dirname, '..', '..');

describe('building the manifest for another origin', () => {
  it('moves every URL of manifest.xml to the new origin and keeps it well-formed', () => {
    const moved = withOrigin(
      readFileSync(join(root, 'manifest.xml'), 'utf8'),
      'https://bronvast.gemeente.example',
    );
    expect(moved).not.toContain(SOURCE_ORIGIN);
    const urls = descendants(parseXml(moved))
      .flatMap((element) => Object.values(element.attributes))
      .filter((value) => value.startsWith('https://'));
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.every((url) => url.startsWith('https://bronvast.gemeente.example/'))).toBe(true);
  });

  it('lists the commands file of the origin in the allow-list for classic Outlook', () => {
    const allowList = readFileSync(
      join(root, '.well-known', 'microsoft-officeaddins-allowed.json'),
      'utf8',
    );
    const parsed = JSON.parse(withOrigin(allowList, 'https://b.example:8443')) as {
      allowed: string[];
    };
    expect(parsed.allowed).toEqual(['https://b.example:8443/commands.js']);
    expect(readFileSync(join(root, 'manifest.xml'), 'utf8')).toContain(
      `${SOURCE_ORIGIN}/commands.js`,
    );
  });

  it.each([
    ['https://bronvast.example', true],
    ['https://localhost:3000/', true],
    ['http://bronvast.example', false],
    ['https://bronvast.example/app', false],
    ['bronvast', false],
  ])('accepts %s as origin: %s', (value, ok) => {
    expect(checkOrigin(value).ok).toBe(ok);
  });

  it('says what is missing for a sideload', () => {
    expect(missingSettings({})).toHaveLength(2);
    expect(
      missingSettings({ BRONVAST_CLIENT_ID: 'x', BRONVAST_TLS_CERT: 'c', BRONVAST_TLS_KEY: 'k' }),
    ).toEqual([]);
  });
});
