/**
 * The settings every package of Bronvast is built from (`npm run package`): where the add-in
 * and the tabs are served and which app registration signs in. The add-in's id is the one in
 * src/host/addin-identity.ts, which manifest.xml, the app manifest and the Teams manifest share.
 */
import { ADDIN_ID } from '../../src/host/addin-identity';

/** The origin the manifests in the repository are written for. */
export const SOURCE_ORIGIN = 'https://localhost:3000';
/** The app registration placeholder in the Teams manifest. */
export const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

/** One build's settings. */
export interface AppSettings {
  /** `https://host[:port]`, no path: where every page, script and icon is served. */
  readonly origin: string;
  /** The Entra ID app registration (webApplicationInfo, nested app authentication). */
  readonly clientId?: string;
  /** The app's id: manifest.xml `<Id>` and the app manifests' `id`. */
  readonly appId: string;
}

/**
 * The settings from the environment: BRONVAST_ORIGIN (default https://localhost:3000; for the
 * Teams package alone also BRONVAST_TEAMS_HOST, a host that is served over https) and
 * BRONVAST_CLIENT_ID. Throws with the reason when the origin is not usable.
 */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): AppSettings {
  const teamsHost = env['BRONVAST_TEAMS_HOST']?.trim();
  const origin = checkOrigin(
    env['BRONVAST_ORIGIN']?.trim() || (teamsHost ? `https://${teamsHost}` : SOURCE_ORIGIN),
  );
  const clientId = env['BRONVAST_CLIENT_ID']?.trim();
  return { origin, appId: ADDIN_ID, ...(clientId ? { clientId } : {}) };
}

/** An https origin without path, or an error saying why not. */
export function checkOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`BRONVAST_ORIGIN is geen geldige URL: ${value}`);
  }
  if (url.protocol !== 'https:')
    throw new Error('Outlook en Teams laden Bronvast alleen over https');
  if (url.pathname !== '/' || url.search !== '')
    throw new Error('geef alleen de origin, zonder pad');
  return url.origin;
}

/**
 * A manifest's text moved to the settings: every `https://localhost:3000` to the origin, every
 * other `localhost:3000` (valid domains, the NAA redirect, the resource) to its host, and the
 * placeholder app registration to the client id when one is given.
 */
export function applySettings(text: string, settings: AppSettings): string {
  const host = new URL(settings.origin).host;
  const moved = text.split(SOURCE_ORIGIN).join(settings.origin).split('localhost:3000').join(host);
  return settings.clientId === undefined
    ? moved
    : moved.split(PLACEHOLDER_CLIENT_ID).join(settings.clientId);
}
