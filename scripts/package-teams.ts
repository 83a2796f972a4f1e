// `npm run package` builds every package of Bronvast from one set of settings
// (scripts/app-package/app-settings.ts, from BRONVAST_ORIGIN and BRONVAST_CLIENT_ID):
//   dist/manifest.xml        the Outlook add-in for the clients that read the XML manifest
//   dist/bronvast-app.zip    the app for Microsoft 365: the Outlook add-in and the Teams tabs
//   dist/bronvast-teams.zip  the Teams tabs alone (`npm run package:teams` builds only this one)
// See docs/deploy.md.
import JSZip from 'jszip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applySettings,
  settingsFromEnvironment,
  type AppSettings,
} from './app-package/app-settings';
import { unifiedManifest } from './app-package/unified-manifest';
import { readXmlAddin } from './app-package/xml-add-in';

const root = join(__dirname, '..');
const folder = join(root, 'teams-manifest');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const json = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

/** manifest.xml for the settings' origin. */
export function buildXmlManifest(settings: AppSettings): string {
  return applySettings(read('manifest.xml'), settings);
}

/** The Teams tabs alone: the Teams manifest, its English localisation and the two icons. */
export async function buildTeamsPackage(settings: AppSettings): Promise<Buffer> {
  return zipPackage({
    'manifest.json': applySettings(read('teams-manifest/manifest.json'), settings),
    'en.json': read('teams-manifest/en.json'),
  });
}

/**
 * The app for Microsoft 365: the app manifest with the Outlook add-in (`extensions`, made from
 * manifest.xml) and the Teams tabs, its English localisation and the two icons.
 */
export async function buildAppPackage(settings: AppSettings): Promise<Buffer> {
  const made = unifiedManifest(
    json(read('teams-manifest/manifest.json')),
    stringsOf(json(read('teams-manifest/en.json'))),
    readXmlAddin(read('manifest.xml')),
  );
  const english = { $schema: localisationSchema(made.manifest), ...made.english };
  return zipPackage({
    'manifest.json': applySettings(`${JSON.stringify(made.manifest, null, 2)}\n`, settings),
    'en.json': `${JSON.stringify(english, null, 2)}\n`,
  });
}

async function zipPackage(texts: Readonly<Record<string, string>>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(texts)) zip.file(name, text);
  zip.file('color.png', readFileSync(join(folder, 'color.png')));
  zip.file('outline.png', readFileSync(join(folder, 'outline.png')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function stringsOf(value: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => entry[0] !== '$schema' && typeof entry[1] === 'string',
    ),
  );
}

function localisationSchema(manifest: Record<string, unknown>): string {
  const version = String(manifest['manifestVersion'] ?? '1.22');
  return `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`;
}

async function main(): Promise<void> {
  const settings = settingsFromEnvironment();
  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  const teamsOnly = process.argv.includes('--teams');
  const outputs: [string, string | Buffer][] = teamsOnly
    ? [['bronvast-teams.zip', await buildTeamsPackage(settings)]]
    : [
        ['manifest.xml', buildXmlManifest(settings)],
        ['bronvast-app.zip', await buildAppPackage(settings)],
        ['bronvast-teams.zip', await buildTeamsPackage(settings)],
      ];
  for (const [name, content] of outputs) {
    writeFileSync(join(dist, name), content);
    console.log(`${join(dist, name)} (${content.length} bytes)`);
  }
  console.log(`Voor ${settings.origin}, app-id ${settings.appId}.`);
  if (settings.clientId === undefined)
    console.warn(
      'Let op: BRONVAST_CLIENT_ID ontbreekt; de pakketten hebben nog geen app-registratie.',
    );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
