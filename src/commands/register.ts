import { associateAction } from '../host/index';
import { fileFromRibbon } from './file-from-ribbon';
import { onMessageSendHandler } from './on-message-send';
import type { CommandServices } from './services';

/**
 * Registers the handlers under the names manifest.xml uses (`fileFromRibbon`,
 * `onMessageSendHandler`; see command-ids.ts). The literal names stay here so the manifest test
 * can find them in the source.
 */
export function registerCommands(services: CommandServices): void {
  associateAction('fileFromRibbon', (event) => fileFromRibbon(event, services));
  associateAction('onMessageSendHandler', (event) => onMessageSendHandler(event, services));
}
