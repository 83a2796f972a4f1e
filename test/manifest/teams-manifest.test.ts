import { ManifestUtil, type TeamsAppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTeamsPackage } from '../../scripts/package-teams';
import { ADDIN_ID } from '../../src/host/addin-identity';

const root = join(__dirname, '..', '..');
const folder = join(root, 'teams-manifest');
const schemas = join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
// The manifest is the wire format here: read as the package's own type.
const manifest = readJson(join(folder, 'manifest.json')) as TeamsAppManifest;

interface WebpackConfigModule {
  readonly outputFiles: () => string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as WebpackConfigModule;

/** Serves the schemas the package ships for their developer.microsoft.com URLs: no network. */
function offlineSchemas(): jest.SpyInstance {
  return jest.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const match = /json-schemas\/teams\/(v[\d.]+|vDevPreview)\/(.+\.json)$/.exec(url);
    if (match === null) throw new Error(`no network in tests: ${url}`);
    return new Response(readFileSync(join(schemas, match[1] ?? '', match[2] ?? '')));
  });
}

function urls(value: unknown): string[] {
  if (typeof value === 'string') return /^https:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urls);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(urls);
  return [];
}

describe('the Teams app manifest', () => {
  let fetchSpy: jest.SpyInstance;
  beforeAll(() => {
    fetchSpy = offlineSchemas();
  });
  afterAll(() => fetchSpy.mockRestore());

  it('validates against its schema (1.22 or later, with nested app authentication)', async () => {
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.22);
    expect(await ManifestUtil.validateManifest(manifest)).toEqual([]);
    const naa: unknown = Reflect.get(manifest.webApplicationInfo ?? {}, 'nestedAppAuthInfo');
    expect(naa).toEqual([
      expect.objectContaining({ redirectUri: 'brk-multihub://localhost:3000' }),
    ]);
  });

  it('has an English localisation with only keys its schema knows', () => {
    // The localisation schema has a pattern AJV cannot compile in unicode mode, so its keys are
    // checked here against the schema's properties and key patterns.
    const english = readJson(join(folder, 'en.json'));
    const schema = readJson(join(schemas, 'v1.22/MicrosoftTeams.Localization.schema.json'));
    if (typeof english !== 'object' || english === null) throw new Error('en.json is no object');
    if (typeof schema !== 'object' || schema === null) throw new Error('schema is no object');
    const known = Object.keys(Reflect.get(schema, 'properties') ?? {});
    const patterns = Object.keys(Reflect.get(schema, 'patternProperties') ?? {}).map(
      (p) => new RegExp(p),
    );
    const keys = Object.keys(english);
    expect(keys).toEqual(
      expect.arrayContaining(['name.short', 'description.short', 'description.full']),
    );
    for (const key of keys)
      expect(known.includes(key) || patterns.some((p) => p.test(key))).toBe(true);
    expect(manifest.localizationInfo?.additionalLanguages?.[0]).toEqual({
      languageTag: 'en-us',
      file: 'en.json',
    });
  });

  it('has a tab for group chats and channels and a personal tab, in Dutch by default', () => {
    expect(manifest.configurableTabs?.[0]?.scopes).toEqual(['groupChat', 'team']);
    expect(manifest.staticTabs?.map((tab) => tab.scopes)).toContainEqual(['personal']);
    expect(manifest.localizationInfo?.defaultLanguageTag).toBe('nl-nl');
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
  });

  it('ships a 192x192 colour icon and a 32x32 outline icon with transparency', () => {
    const size = (file: string) => {
      const png = readFileSync(join(folder, file));
      return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] };
    };
    expect(size(manifest.icons.color)).toMatchObject({ width: 192, height: 192 });
    expect(size(manifest.icons.outline)).toEqual({ width: 32, height: 32, colourType: 6 });
  });

  // The schema's URL and the Graph scopes are not pages.
  const pages = Object.entries(manifest).filter(
    ([key]) => !['$schema', 'webApplicationInfo'].includes(key),
  );
  it.each(urls(pages))('names a page the build writes: %s', (url) => {
    const { host, pathname } = new URL(url);
    expect(manifest.validDomains).toContain(host);
    const page = pathname.replace(/^\//, '');
    // The review page is built by its own surface's entry; checked once that entry exists.
    if (page === 'review.html' && !existsSync(join(root, 'src/review/index.tsx'))) return;
    expect(config.outputFiles()).toContain(page);
  });

  it('is packaged as a zip of the manifest, localisation and icons for a given host', async () => {
    const zip = await JSZip.loadAsync(
      await buildTeamsPackage({ origin: 'https://bronvast.example.nl', appId: ADDIN_ID }),
    );
    expect(Object.keys(zip.files).sort()).toEqual([
      'color.png',
      'en.json',
      'manifest.json',
      'outline.png',
    ]);
    const packed = JSON.parse(
      (await zip.file('manifest.json')?.async('string')) ?? '{}',
    ) as TeamsAppManifest;
    expect(packed.validDomains).toEqual(['bronvast.example.nl']);
    expect(packed.configurableTabs?.[0]?.configurationUrl).toBe(
      'https://bronvast.example.nl/teams-config.html',
    );
  });
});
