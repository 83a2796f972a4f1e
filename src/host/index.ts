/**
 * The public face of src/host: the only code that touches Office.js and MSAL. Surfaces import
 * from here, never from the files behind it.
 */
export { readSignInFailure } from './SignInError';
export type { OfficeCommandEvent } from './office-subset';
export { whenOfficeReady } from './office';
export { displayLocale } from './display-locale';
export type { GraphSurface } from './graph-scopes';
export { userEmailAddress } from './user-profile';
export { readCurrentItem } from './current-item';
export { toRestId } from './item-id';
export { getSelectedItems } from './selection';
export { onItemChanged } from './item-changed';
export { setDraftDossier, getDraftDossier } from './draft-dossier';
export { showItemNotice, showTaskpane } from './notifications';
export { associateAction } from './actions';
export { createTokenProvider } from './auth';
export { REVIEW_SCOPES, signInBrowserPage } from './browser-signin';
export { devToken, type TokenProvider } from './auth-config';
export { planSentItemFilings, type SentItemFiling } from './sent-sweep';
export { readAddinConfig, type AddinConfig } from './addin-config';
export { ADDIN_ID } from './addin-identity';
