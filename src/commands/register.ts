import { associateAction } from '../host/index';
import { FILE_FROM_RIBBON, ON_MESSAGE_SEND } from './command-ids';
import { fileFromRibbon } from './file-from-ribbon';
import { onMessageSendHandler } from './on-message-send';
import type { CommandServices } from './services';

/**
 * Registers the handlers under the names manifest.xml uses (command-ids.ts); the manifest test
 * runs this registration and compares the names with the manifest's.
 */
export function registerCommands(services: CommandServices): void {
  associateAction(FILE_FROM_RIBBON, (event) => fileFromRibbon(event, services));
  associateAction(ON_MESSAGE_SEND, (event) => onMessageSendHandler(event, services));
}
