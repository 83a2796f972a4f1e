import { Text } from '@fluentui/react-components';
import type { UiLanguage } from '../texts/language';
import { createUnfiledServices, type UnfiledServicesInput } from './create-unfiled-services';
import { PersonalTab } from './PersonalTab';
import { renderTab } from './render-tab';

/** What the personal tab is drawn from. */
export interface PersonalTabInput extends Omit<UnfiledServicesInput, 'core'> {
  readonly language: UiLanguage;
  readonly intro: string;
}

/** Draws the personal tab ("nog vastleggen" for the member's mail) and starts its outbox. */
export async function showPersonalTab(input: PersonalTabInput): Promise<void> {
  const { language, intro, ...rest } = input;
  const unfiled = createUnfiledServices({ ...rest, core: () => import('../core') });
  renderTab(language, <PersonalTab intro={<Text as="p">{intro}</Text>} services={unfiled} />);
  await unfiled.outbox.start();
}
