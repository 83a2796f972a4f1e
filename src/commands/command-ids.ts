/** The ids manifest.xml and this code share; test/manifest checks both sides agree. */

/** `<FunctionName>` of the "Vastleggen" ribbon button. */
export const FILE_FROM_RIBBON = 'fileFromRibbon';
/** `FunctionName` of the `OnMessageSend` launch event. */
export const ON_MESSAGE_SEND = 'onMessageSendHandler';
/** Control id of the read-surface button that opens the task pane. */
export const READ_PANE_COMMAND = 'msgReadOpenPaneButton';
/** Control id of the compose-surface button that opens the task pane ("Dossier kiezen"). */
export const COMPOSE_PANE_COMMAND = 'msgComposeOpenPaneButton';
