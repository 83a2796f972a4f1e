import type { UiLanguage } from '../texts/language';
import { renderTab } from './render-tab';
import type { TabServices } from './tab-services';
import { TeamsTab } from './TeamsTab';
import type { TeamsTexts } from '../texts/teams';
import type { PostsState } from './posts-state';

/** Draws the tab of a chat or channel in the member's language, from its first page. */
export function showTeamsTab(
  language: UiLanguage,
  services: TabServices,
  texts: TeamsTexts,
  firstPage: PostsState,
): void {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  renderTab(
    language,
    <TeamsTab services={services} texts={texts} language={locale} firstPage={firstPage} />,
  );
}
