import { office } from './office';
import type { OfficeCommandEvent } from './office-subset';

/**
 * Registers a function command or launch-event handler under the name manifest.xml uses
 * (`<FunctionName>`, `LaunchEvent FunctionName`). Required in classic Outlook on Windows, where
 * the JavaScript-only runtime finds handlers only this way.
 */
export function associateAction(
  name: string,
  handler: (event: OfficeCommandEvent) => Promise<void> | void,
): void {
  const actions = office().actions;
  if (actions === undefined) return;
  actions.associate(name, handler);
}
