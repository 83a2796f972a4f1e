import { Text } from '@fluentui/react-components';
import { hostingPageOverride, readAddinConfig } from '../host/addin-config';
import { loadTeams, startTeams } from '../host/teams';
import { createTeamsTokenProvider } from '../host/teams-auth';
import { createTabServices } from './create-tab-services';
import { createUnfiledServices } from './create-unfiled-services';
import { PersonalTab } from './PersonalTab';
import { renderTab } from './render-tab';
import { TeamsTab } from './TeamsTab';
import { teamsMessages } from './teams-messages';

/** The tab's composition root: Teams first (its context says where we are), then the rest. */
async function main(): Promise<void> {
  const teams = await loadTeams();
  const context = await startTeams(teams);
  const texts = teamsMessages(context.language);
  const { place } = context;
  const config = {
    ...readAddinConfig(),
    outboxDatabase: 'bronvast-teams-outbox',
    ...hostingPageOverride(),
  };
  if (place.kind === 'personal') {
    const unfiled = createUnfiledServices({
      config: { ...config, outboxDatabase: 'bronvast-teams-mail-outbox' },
      tokenProvider: createTeamsTokenProvider(teams, config.auth),
      filedBy: context.userPrincipalName,
      core: () => import('../core'),
    });
    renderTab(
      context.language,
      <PersonalTab intro={<Text as="p">{texts.personal}</Text>} services={unfiled} />,
    );
    await unfiled.outbox.start();
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
  const locale = context.language === 'en' ? 'en-GB' : 'nl-NL';
  renderTab(context.language, <TeamsTab services={services} texts={texts} language={locale} />);
}

void main();
