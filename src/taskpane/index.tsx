import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
// Host functions come from their own modules: the host index also carries MSAL, which loads
// with the services chunk below, not with the pane's first paint.
import { displayLanguage } from '../host/language';
import { whenOfficeReady } from '../host/office';
import { userEmailAddress } from '../host/user-profile';
import { surfaceTexts, TextsContext } from '../ui';
import { createPaneServices } from './create-pane-services';
import { readPaneConfig } from './pane-config';
import { startSentItemsSweep } from './sent-items-sweep';
import { markStartUp } from './start-up-marks';
import { TaskPane } from './TaskPane';

// The core (with the relevance weights) loads in parallel with Office's start-up (the page
// preloads it); the Graph side (sign-in, MIME, filing) once something needs it.
const coreChunk = import(/* webpackChunkName: "core" */ '../core');
const networkChunk = () => import(/* webpackChunkName: "pane-network" */ './build-services');

/** The composition root: reads config, builds services, renders the pane, resumes the outbox. */
async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (root === null) return;
  await whenOfficeReady();
  markStartUp('office-ready');
  const language = displayLanguage();
  document.documentElement.lang = language;
  const config = readPaneConfig();
  const services = createPaneServices(config, {
    core: () => coreChunk,
    network: async (assess) =>
      (await networkChunk()).buildNetworkServices(config, userEmailAddress(), assess),
  });
  // Replaces the page's static shell; the pane shows its own loading state until the item is read.
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={surfaceTexts(language)}>
        <TaskPane
          services={services}
          startUnfiled={new URLSearchParams(globalThis.location.search).get('view') === 'unfiled'}
        />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  await services.outbox.start();
  globalThis.addEventListener('online', () => services.outbox.wake());
  startSentItemsSweep(services, config.sweepIntervalMs);
}

void main();
