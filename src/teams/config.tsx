import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { loadTeams, registerTabSave, startTeams } from '../host/teams';
import { renderTab } from './render-tab';
import { languageOf } from '../texts/language';
import { teamsTexts, type TeamsTexts } from '../texts/teams';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalL } });

function ConfigPage({ texts }: { readonly texts: TeamsTexts }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <h1>{texts.configTitle}</h1>
      <Text as="p">{texts.configText}</Text>
    </main>
  );
}

/** The configuration page Teams shows when the tab is added to a chat or channel. */
async function main(): Promise<void> {
  const teams = await loadTeams();
  const context = await startTeams(teams);
  const base = `${globalThis.location.origin}${globalThis.location.pathname.replace(/[^/]*$/, '')}`;
  registerTabSave(teams, () => ({
    entityId: 'bronvast-besluiten',
    contentUrl: `${base}teams.html`,
    suggestedDisplayName: 'Bronvast',
  }));
  const language = languageOf(context.locale);
  renderTab(language, <ConfigPage texts={teamsTexts(language)} />);
}

void main();
