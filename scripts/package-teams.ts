// Builds the Teams app package: dist/bronvast-teams.zip with the manifest, its English
// localisation and the two icons. BRONVAST_TEAMS_HOST (default localhost:3000) replaces the
// host in every URL and in validDomains; BRONVAST_CLIENT_ID fills webApplicationInfo.
import JSZip from 'jszip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const folder = join(root, 'teams-manifest');
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

/** The manifest text for a host and an app registration. */
export function manifestFor(text: string, host: string, clientId: string | undefined): string {
  const hosted = text.split('localhost:3000').join(host);
  return clientId === undefined ? hosted : hosted.split(PLACEHOLDER_ID).join(clientId);
}

/** Zips the package; returns its bytes. */
export async function buildTeamsPackage(
  host: string,
  clientId: string | undefined,
): Promise<Buffer> {
  const zip = new JSZip();
  const manifest = readFileSync(join(folder, 'manifest.json'), 'utf8');
  zip.file('manifest.json', manifestFor(manifest, host, clientId));
  zip.file('en.json', readFileSync(join(folder, 'en.json')));
  zip.file('color.png', readFileSync(join(folder, 'color.png')));
  zip.file('outline.png', readFileSync(join(folder, 'outline.png')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  const host = process.env['BRONVAST_TEAMS_HOST'] ?? 'localhost:3000';
  const zip = await buildTeamsPackage(host, process.env['BRONVAST_CLIENT_ID']);
  mkdirSync(join(root, 'dist'), { recursive: true });
  const target = join(root, 'dist', 'bronvast-teams.zip');
  writeFileSync(target, zip);
  console.log(`Teams-app-pakket: ${target} (${zip.length} bytes, host ${host})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
