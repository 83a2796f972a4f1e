import { hostingPageOverride, readAddinConfig } from '../host/addin-config';
import { loadTeams, startTeams } from '../host/teams';
import { createTeamsTokenProvider } from '../host/teams-auth';
import { createTabServices } from './create-tab-services';
import { languageOf } from '../texts/language';
import { teamsTexts } from '../texts/teams';
import { firstPostsState } from './posts-state';

/**
 * The tab's composition root: Teams first (its context says where we are), then the first page
 * of messages asked for; React, Fluent UI and the tab's view (a chunk of their own, which the page
 * preloads) run while it comes, and draw the tab once it is there. Until then the page shows its
 * static shell.
 */
async function main(): Promise<void> {
  const teams = await loadTeams();
  const context = await startTeams(teams);
  const language = languageOf(context.locale);
  const texts = teamsTexts(language);
  const { place } = context;
  const config = {
    ...readAddinConfig(),
    outboxDatabase: 'bronvast-teams-outbox',
    ...hostingPageOverride(),
  };
  if (place.kind === 'personal') {
    const { showPersonalTab } = await import(
      /* webpackChunkName: "teams-personal" */ './personal-tab-view'
    );
    await showPersonalTab({
      language,
      intro: texts.personal,
      config: { ...config, outboxDatabase: 'bronvast-teams-mail-outbox' },
      tokenProvider: createTeamsTokenProvider(teams, config.auth),
      filedBy: context.userPrincipalName,
    });
    return;
  }
  const services = createTabServices({
    config,
    location:
      place.kind === 'chat'
        ? { kind: 'chat', chatId: place.chatId }
        : { kind: 'channel', teamId: place.teamId, channelId: place.channelId },
    tokenProvider: createTeamsTokenProvider(teams, config.auth),
    filedBy: context.userPrincipalName,
    core: () => import('../core'),
  });
  const firstPage = firstPostsState(services.page());
  const { showTeamsTab } = await import(/* webpackChunkName: "teams-view" */ './tab-view');
  showTeamsTab(language, services, texts, await firstPage);
}

void main();
