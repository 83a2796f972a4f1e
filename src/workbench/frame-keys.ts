import type { WorkbenchBridge } from './bridge';
import { regionStep } from './regions';

/**
 * F6 and Shift+F6 inside a hosted frame leave it for the page's next or previous region, as
 * Outlook's add-in frames do. Every frame page of the workbench calls this once at start
 * (the pane and commands frames through pane-config-entry.ts).
 */
export function forwardRegionKeys(bridge: WorkbenchBridge): void {
  globalThis.addEventListener('keydown', (event) => {
    const step = regionStep(event);
    if (step === null) return;
    event.preventDefault();
    bridge.stepRegion(step);
  });
}
