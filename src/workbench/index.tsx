import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { rememberOnce, requireSite } from '../filing';
import { createGraphClient } from '../graph';
import { devToken } from '../host';
import { languageOf } from '../texts/language';
import { workbenchTexts } from '../texts/workbench';
import { BRIDGE_GLOBAL } from './bridge';
import { STANDIN_SCOPES } from './standin-scopes';
import { SURFACES } from './surfaces';
import { WorkbenchPage } from './WorkbenchPage';
import { WorkbenchState } from './WorkbenchState';
import type { WorkbenchConfig } from './workbench-config';

const SITE = { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' };
const USER = { upn: 'beleid@bronvast.example', displayName: 'Beleidsmedewerker' };

/** The workbench's composition root: config from its server, the bridge, the Graph client. */
async function main(): Promise<void> {
  const response = await fetch('workbench-config.json');
  const config: WorkbenchConfig = await response.json();
  const params = new URLSearchParams(globalThis.location.search);
  const displayLanguage = params.get('lang') ?? 'nl-NL';
  const sharedMailboxes = (config.sharedMailboxes ?? []).filter((mailbox) =>
    mailbox.delegates.some((delegate) => delegate.toLowerCase() === USER.upn),
  );
  const state = new WorkbenchState({
    graphBaseUrl: config.graphBaseUrl,
    ...(config.recordsManagersGroup === undefined
      ? {}
      : { recordsManagersGroup: config.recordsManagersGroup }),
    ...USER,
    displayLanguage,
    sharedMailboxes: sharedMailboxes.map((mailbox) => mailbox.address),
  });
  Reflect.set(globalThis, BRIDGE_GLOBAL, state);
  const token = devToken(USER.upn, STANDIN_SCOPES);
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve(token),
    baseUrl: config.graphBaseUrl,
  });
  const siteIds = rememberOnce(() => requireSite(client, SITE));
  const language = languageOf(displayLanguage);
  document.documentElement.lang = language;
  const texts = workbenchTexts(language);
  const context = { client, site: siteIds, state, language, texts, sharedMailboxes };
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <WorkbenchPage context={context} surfaces={SURFACES} initial={params.get('surface')} />
    </FluentProvider>,
  );
}

void main();
