import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { displayLanguage, userEmailAddress, whenOfficeReady } from '../host';
import { paneTexts } from '../ui/pane-texts';
import { TextsContext } from '../ui/TextsContext';
import { buildPaneServices } from './build-services';
import { readPaneConfig } from './pane-config';
import { startSentItemsSweep } from './sent-items-sweep';
import { TaskPane } from './TaskPane';

/** The composition root: reads config, builds services, renders the pane, resumes the outbox. */
async function main(): Promise<void> {
  await whenOfficeReady();
  const config = readPaneConfig();
  const language = displayLanguage();
  const services = await buildPaneServices(config, userEmailAddress());
  const root = document.getElementById('root');
  if (root === null) return;
  document.documentElement.lang = language;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={paneTexts(language)}>
        <TaskPane services={services} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  await services.outbox.start();
  globalThis.addEventListener('online', () => services.outbox.wake());
  startSentItemsSweep(services, config.sweepIntervalMs);
}

void main();
