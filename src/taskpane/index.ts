// The pane's page: what runs before React. Host functions come from their own modules (the host
// index also carries MSAL, which loads with the services chunk, not with the first paint), and
// the texts from their plain modules (the ui index carries Fluent UI).
import { displayLocale } from '../host/display-locale';
import { whenOfficeReady } from '../host/office';
import { userEmailAddress } from '../host/user-profile';
import { languageOf } from '../texts/language';
import { surfaceTexts } from '../texts/shared/surface-texts';
import { createPaneServices } from './create-pane-services';
import { readPaneConfig } from './pane-config';
import { readPaneState } from './pane-state';
import { startSentItemsSweep } from './sent-items-sweep';
import { afterControlsPainted, nextPaint } from './next-paint';
import { markStartUp } from './start-up-marks';
import { startUpGate } from './start-up-gate';
import { drawStaticVerdict } from './static-verdict';

// The core (with the relevance weights) loads in parallel with Office's start-up (the page
// preloads it); React, Fluent UI and the pane's views once the verdict is on screen; the Graph
// side (sign-in, MIME, filing) once something needs it, and not while the pane is being drawn.
const coreChunk = import(/* webpackChunkName: "core" */ '../core');
const appChunk = () => import(/* webpackChunkName: "pane-app" */ './pane-app');
const networkChunk = () => import(/* webpackChunkName: "pane-network" */ './build-services');

/**
 * The composition root: reads config, builds services, reads and assesses the open item and
 * draws its verdict into the static shell, then renders the pane and resumes the outbox.
 */
async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (root === null) return;
  await whenOfficeReady();
  markStartUp('office-ready');
  const language = languageOf(displayLocale());
  document.documentElement.lang = language;
  const config = readPaneConfig();
  const gate = startUpGate();
  const services = createPaneServices(config, {
    core: () => coreChunk,
    network: async (assess) => {
      await gate.passed();
      return (await networkChunk()).buildNetworkServices(config, userEmailAddress(), assess);
    },
  });
  const texts = surfaceTexts(language);
  // The verdict goes into the static shell as soon as its first-view assessment is made; React
  // and Fluent UI load once it is painted (or once the full assessment is there, if sooner).
  let settled = false;
  let drawn = (): void => undefined;
  const painted = new Promise<void>((resolve) => (drawn = resolve)).then(nextPaint);
  const state = readPaneState(services, (view) => {
    if (!settled && drawStaticVerdict(root, view, texts)) markStartUp('verdict-shown');
    drawn();
  }).finally(() => (settled = true));
  await Promise.race([painted, state]);
  const app = await appChunk();
  const initial = await state;
  gate.holdUntil(afterControlsPainted(QUIET_TIMEOUT_MS));
  app.renderPane(root, services, texts, initial);
  await services.outbox.start();
  globalThis.addEventListener('online', () => services.outbox.wake());
  startSentItemsSweep(services, config.sweepIntervalMs);
}

/** Longest wait for a quiet moment after the controls are drawn before the Graph side loads. */
const QUIET_TIMEOUT_MS = 1000;

void main();
