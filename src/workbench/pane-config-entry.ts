/**
 * Runs first in the frames the workbench hosts (task pane, commands runtime): installs the
 * Office stand-in as `window.Office`, backed by the workbench's mailbox, and points the surface
 * at the local record system with the workbench user's dev token.
 */
import { devToken } from '../host/auth-config';
import { parentBridge, type WorkbenchBridge } from './bridge';
import { createOfficeStandIn } from './office-standin/create-office-standin';
import { forwardRegionKeys } from './frame-keys';
import { STANDIN_SCOPES } from './standin-scopes';

/** How often a pane in the workbench sweeps Sent Items (Outlook's pane: every few minutes). */
const WORKBENCH_SWEEP_MS = 4000;

function install(bridge: WorkbenchBridge): void {
  const office = createOfficeStandIn({
    graphBaseUrl: bridge.graphBaseUrl,
    token: devToken(bridge.upn, STANDIN_SCOPES),
    user: { emailAddress: bridge.upn, displayName: bridge.displayName },
    displayLanguage: bridge.displayLanguage,
    currentItemId: () => bridge.currentItemId(),
    currentMailbox: () => bridge.currentMailbox(),
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
    recordsManagersGroup: bridge.recordsManagersGroup,
    outboxDatabase: 'bronvast-outbox-workbench',
    sweepIntervalMs: WORKBENCH_SWEEP_MS,
    sharedMailboxes: bridge.sharedMailboxes ?? [],
  });
}

const bridge = parentBridge();
if (bridge !== null) {
  install(bridge);
  forwardRegionKeys(bridge);
}
