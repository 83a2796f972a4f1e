/**
 * Runs first in the frames the workbench hosts (task pane, commands runtime): installs the
 * Office stand-in as `window.Office`, backed by the workbench's mailbox, and points the surface
 * at the local record system with the workbench user's dev token.
 */
import { devToken } from '../host/auth-config';
import { parentBridge, type WorkbenchBridge } from './bridge';
import { createOfficeStandIn } from './office-standin/create-office-standin';
import { regionStep } from './regions';

/** How often a pane in the workbench sweeps Sent Items (Outlook's pane: every few minutes). */
const WORKBENCH_SWEEP_MS = 4000;

function install(bridge: WorkbenchBridge): void {
  const office = createOfficeStandIn({
    graphBaseUrl: bridge.graphBaseUrl,
    token: devToken(bridge.upn),
    user: { emailAddress: bridge.upn, displayName: bridge.displayName },
    displayLanguage: bridge.displayLanguage,
    currentItemId: () => bridge.currentItemId(),
    selectedItemIds: () => bridge.selectedItemIds(),
    compose: { draft: () => bridge.draft(), updateDraft: (change) => bridge.updateDraft(change) },
    onChange: (listener) => bridge.onChange(listener),
    associate: (name, handler) => bridge.associate(name, handler),
  });
  Reflect.set(globalThis, 'Office', office);
  Reflect.set(globalThis, 'bronvastConfig', {
    graphBaseUrl: bridge.graphBaseUrl,
    auth: { mode: 'dev', upn: bridge.upn },
    organisationDomains: [bridge.upn.split('@')[1] ?? 'bronvast.example'],
    outboxDatabase: 'bronvast-outbox-workbench',
    sweepIntervalMs: WORKBENCH_SWEEP_MS,
  });
}

/** F6 in a frame leaves it for the page's next region, as Outlook's add-in frames do. */
function forwardRegionKeys(bridge: WorkbenchBridge): void {
  globalThis.addEventListener('keydown', (event) => {
    const step = regionStep(event);
    if (step === null) return;
    event.preventDefault();
    bridge.stepRegion(step);
  });
}

const bridge = parentBridge();
if (bridge !== null) {
  install(bridge);
  forwardRegionKeys(bridge);
}
