import { Text } from '@fluentui/react-components';
import { hostingPageOverride, readAddinConfig } from '../host/addin-config';
import { loadTeams, startTeams } from '../host/teams';
import { createTeamsTokenProvider } from '../host/teams-auth';
import { createTabServices } from './create-tab-services';
import { renderTab } from './render-tab';
import { TeamsTab } from './TeamsTab';
import { teamsMessages } from './teams-messages';

/** The tab's composition root: Teams first (its context says where we are), then the rest. */
async function main(): Promise<void> {
  const teams = await loadTeams();
  const context = await startTeams(teams);
  const texts = teamsMessages(context.language);
  const { place } = context;
  if (place.kind === 'personal') {
    renderTab(context.language, <Text as="p">{texts.personal}</Text>);
    return;
  }
  const config = {
    ...readAddinConfig(),
    outboxDatabase: 'bronvast-teams-outbox',
    ...hostingPageOverride(),
  };
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
  const locale = context.language === 'en' ? 'en-GB' : 'nl-NL';
  renderTab(context.language, <TeamsTab services={services} texts={texts} language={locale} />);
}

void main();
