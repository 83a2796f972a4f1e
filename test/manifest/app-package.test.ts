import { ManifestUtil, type TeamsAppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppSettings } from '../../scripts/app-package/app-settings';
import { buildAppPackage, buildTeamsPackage, buildXmlManifest } from '../../scripts/package-teams';
import { readXmlAddin } from '../../scripts/app-package/xml-add-in';
import {
  COMPOSE_PANE_COMMAND,
  FILE_FROM_RIBBON,
  ON_MESSAGE_SEND,
  READ_PANE_COMMAND,
} from '../../src/commands/command-ids';
import { ADDIN_ID } from '../../src/host/addin-identity';
import { root } from './manifest-fixture';

const schemas = join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams');
const LOCAL: AppSettings = { origin: 'https://localhost:3000', appId: ADDIN_ID };
const TENANT: AppSettings = {
  origin: 'https://bronvast.minbzk.example.nl',
  appId: ADDIN_ID,
  clientId: '3f2a9c1e-5b7d-4e8f-a1c2-6d9e0b4f7a15',
};

type Json = Record<string, unknown>;

/** Serves the schemas the package ships for their developer.microsoft.com URLs: no network. */
function offlineSchemas(): jest.SpyInstance {
  return jest.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const match = /json-schemas\/teams\/(v[\d.]+|vDevPreview)\/(.+\.json)$/.exec(url);
    if (match === null) throw new Error(`no network in tests: ${url}`);
    return new Response(readFileSync(join(schemas, match[1] ?? '', match[2] ?? '')));
  });
}

async function unpack(zip: Buffer): Promise<{ files: string[]; manifest: Json; english: Json }> {
  const archive = await JSZip.loadAsync(zip);
  const text = async (name: string) => (await archive.file(name)?.async('string')) ?? '{}';
  return {
    files: Object.keys(archive.files).sort(),
    manifest: JSON.parse(await text('manifest.json')) as Json,
    english: JSON.parse(await text('en.json')) as Json,
  };
}

/** Every https URL in a JSON value. */
function urls(value: unknown): string[] {
  if (typeof value === 'string') return /^https:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urls);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(urls);
  return [];
}

/** Values at a key anywhere in a JSON value. */
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, inner]) => [
    ...(name === key ? [inner] : []),
    ...valuesOf(inner, key),
  ]);
}

const pngSize = (file: string) => {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe('the app package for Microsoft 365', () => {
  let fetchSpy: jest.SpyInstance;
  beforeAll(() => {
    fetchSpy = offlineSchemas();
  });
  afterAll(() => fetchSpy.mockRestore());

  const xml = readXmlAddin(readFileSync(join(root, 'manifest.xml'), 'utf8'));

  it.each([
    ['the local origin', LOCAL],
    ['a tenant origin with its app registration', TENANT],
  ])(
    'validates against the schema @microsoft/app-manifest ships, for %s',
    async (_name, settings) => {
      const { files, manifest } = await unpack(await buildAppPackage(settings));
      expect(files).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
      expect(Number(manifest['manifestVersion'])).toBeGreaterThanOrEqual(1.17);
      expect(await ManifestUtil.validateManifest(manifest as unknown as TeamsAppManifest)).toEqual(
        [],
      );
    },
  );

  it('carries the Outlook add-in and the Teams tabs in one app', async () => {
    const { manifest } = await unpack(await buildAppPackage(LOCAL));
    const teams = JSON.parse(
      readFileSync(join(root, 'teams-manifest/manifest.json'), 'utf8'),
    ) as Json;
    expect(manifest['staticTabs']).toEqual(teams['staticTabs']);
    expect(manifest['configurableTabs']).toEqual(teams['configurableTabs']);
    expect(manifest['webApplicationInfo']).toEqual(teams['webApplicationInfo']);
    const [extension] = manifest['extensions'] as Json[];
    expect(extension?.['requirements']).toMatchObject({ scopes: ['mail'] });
    expect(valuesOf(extension, 'alternateIcons')).toEqual([
      {
        icon: { size: 64, url: xml.iconUrl },
        highResolutionIcon: { size: 64, url: xml.highResolutionIconUrl },
      },
    ]);
  });

  it('has one id in manifest.xml, the app manifest and the Teams manifest', async () => {
    const app = await unpack(await buildAppPackage(TENANT));
    const teams = await unpack(await buildTeamsPackage(TENANT));
    expect(xml.id).toBe(ADDIN_ID);
    expect(app.manifest['id']).toBe(ADDIN_ID);
    expect(teams.manifest['id']).toBe(ADDIN_ID);
    expect(buildXmlManifest(TENANT)).toContain(`<Id>${ADDIN_ID}</Id>`);
  });

  it('names the handlers the commands register, and the buttons the code opens', async () => {
    const { manifest } = await unpack(await buildAppPackage(LOCAL));
    const actions = valuesOf(manifest['extensions'], 'actions').flat() as Json[];
    const functions = actions.filter((action) => action['type'] === 'executeFunction');
    expect(functions.map((action) => action['id']).sort()).toEqual(
      [FILE_FROM_RIBBON, ON_MESSAGE_SEND].sort(),
    );
    expect(valuesOf(manifest['extensions'], 'events').flat()).toEqual([
      { type: 'messageSending', actionId: ON_MESSAGE_SEND, options: { sendMode: 'promptUser' } },
    ]);
    expect(xml.launchEvents).toEqual([
      { type: 'OnMessageSend', functionName: ON_MESSAGE_SEND, sendMode: 'PromptUser' },
    ]);
    const controls = valuesOf(manifest['extensions'], 'controls').flat() as Json[];
    const xmlControls = [...xml.readButtons, ...xml.composeButtons].map((button) => button.id);
    expect(controls.map((control) => control['id'])).toEqual(xmlControls);
    expect(xmlControls).toEqual(expect.arrayContaining([READ_PANE_COMMAND, COMPOSE_PANE_COMMAND]));
    const actionIds = actions.map((action) => action['id']);
    for (const control of controls) expect(actionIds).toContain(control['actionId']);
  });

  it('uses the icons manifest.xml uses, each a PNG of the size it is declared at', async () => {
    const { manifest } = await unpack(await buildAppPackage(LOCAL));
    const icons = valuesOf(manifest['extensions'], 'icons').flat() as {
      size: number;
      url: string;
    }[];
    expect(icons.length).toBeGreaterThan(0);
    for (const { size, url } of icons) {
      expect(url).toBe(xml.images[size]);
      const file = join(root, new URL(url).pathname);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(pngSize(join(root, new URL(xml.iconUrl).pathname))).toEqual({ width: 64, height: 64 });
    expect(pngSize(join(root, new URL(xml.highResolutionIconUrl).pathname))).toEqual({
      width: 128,
      height: 128,
    });
  });

  it('puts every URL of all three on the origin of the settings', async () => {
    const app = await unpack(await buildAppPackage(TENANT));
    const teams = await unpack(await buildTeamsPackage(TENANT));
    const pages = [app.manifest, teams.manifest].flatMap((manifest) =>
      urls({ ...manifest, $schema: undefined, webApplicationInfo: undefined }),
    );
    const xmlUrls = [...buildXmlManifest(TENANT).matchAll(/"(https:\/\/[^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    for (const url of [...pages, ...xmlUrls]) {
      expect(new URL(url).origin).toBe(TENANT.origin);
    }
    expect(app.manifest['validDomains']).toEqual(['bronvast.minbzk.example.nl']);
    expect(app.manifest['webApplicationInfo']).toMatchObject({ id: TENANT.clientId });
    expect(JSON.stringify(app.manifest)).not.toContain('localhost');
    expect(buildXmlManifest(TENANT)).not.toContain('localhost');
  });

  it('localises the ribbon in English with keys the localisation schema knows', async () => {
    const { english } = await unpack(await buildAppPackage(LOCAL));
    const schema = JSON.parse(
      readFileSync(join(schemas, 'v1.22/MicrosoftTeams.Localization.schema.json'), 'utf8'),
    ) as { properties?: Json; patternProperties?: Json };
    const known = Object.keys(schema.properties ?? {});
    const patterns = Object.keys(schema.patternProperties ?? {}).map((p) => new RegExp(p));
    for (const key of Object.keys(english))
      expect(known.includes(key) || patterns.some((pattern) => pattern.test(key))).toBe(true);
    expect(english['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label']).toBe('File');
    expect(english['extensions[0].ribbons[1].tabs[0].groups[0].controls[0].label']).toBe(
      'Choose dossier',
    );
  });
});
