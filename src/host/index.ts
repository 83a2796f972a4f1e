/**
 * The public face of src/host: the only code that touches Office.js and MSAL. Surfaces import
 * from here, never from the files behind it.
 */
export type { EwsItemId, RestItemId } from '../core/ids';
export { OfficeCallError, isOfficeCallError } from './OfficeCallError';
export { SignInError, isSignInError, readSignInFailure, type SignInErrorCode } from './SignInError';
export type { OfficeSubset, OfficeCommandEvent } from './office-subset';
export { whenOfficeReady, isSetSupported } from './office';
export { displayLanguage, languageOf, type UiLanguage } from './language';
export { userEmailAddress } from './user-profile';
export { readCurrentItem, currentItemMode, type CurrentItem } from './current-item';
export { toRestId } from './item-id';
export { getSelectedItems, type SelectedItemRef } from './selection';
export { onItemChanged } from './item-changed';
export { readCategories } from './categories';
export {
  setDraftDossier,
  getDraftDossier,
  clearDraftDossier,
  DOSSIER_HEADER,
  DOSSIER_PROPERTY,
} from './draft-dossier';
export { showItemNotice, showTaskpane } from './notifications';
export { associateAction } from './actions';
export { createTokenProvider, type AuthDependencies } from './auth';
export { completeDialogSignIn, type SignInPageConfig } from './signin-dialog';
export {
  REVIEW_SCOPES,
  signInBrowserPage,
  type BrowserSignIn,
  type BrowserSignInConfig,
} from './browser-signin';
export { OUTLOOK_SCOPES, devToken, type AuthConfig, type TokenProvider } from './auth-config';
export {
  ADMIN_CONSENT_SCOPES,
  DEV_DEFAULT_SCOPES,
  RECORD_LABEL_SCOPE,
  SURFACE_SCOPES,
  teamsScopes,
  type GraphSurface,
} from './graph-scopes';
export { parseDevToken, shortScopes, type DevToken } from './dev-token';
export {
  planSentItemFilings,
  FILED_CATEGORY,
  type SentItemSummary,
  type SentItemFiling,
} from './sent-sweep';
export { readAddinConfig, hostingPageOverride, type AddinConfig } from './addin-config';
export { ADDIN_ID } from './addin-identity';
