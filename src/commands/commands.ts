/**
 * Entry of the commands runtime (commands.html in Outlook on the web and new Outlook, the bundled
 * commands.js in classic Outlook on Windows): one bundle, no React, no dynamic imports.
 * The handlers are registered at once, as the JavaScript-only runtime requires; Graph and the
 * dossier registry are set up on first use.
 */
import { displayLocale, userEmailAddress, whenOfficeReady } from '../host/index';
import { languageOf } from '../texts/index';
import { buildCommandServices } from './build-command-services';
import { readCommandsConfig } from './commands-config';
import { registerCommands } from './register';
import type { CommandServices } from './services';

let built: Promise<CommandServices> | null = null;
const services = (): Promise<CommandServices> =>
  (built ??= whenOfficeReady().then(() =>
    buildCommandServices(readCommandsConfig(), userEmailAddress()),
  ));

registerCommands({
  loadContext: async () => (await services()).loadContext(),
  fileItem: async (item, assessment, dossier) =>
    (await services()).fileItem(item, assessment, dossier),
  language: () => languageOf(displayLocale()),
});
