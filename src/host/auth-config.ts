import { SURFACE_SCOPES } from './graph-scopes';

/**
 * How Bronvast gets a Graph token, chosen at build time: the local record system's dev token,
 * or Microsoft Entra ID through MSAL (nested app authentication, Office dialog as fallback).
 */
export type AuthConfig =
  | {
      readonly mode: 'dev';
      readonly upn: string;
      /** The dev token's scopes; default the surface's own (see `SURFACE_SCOPES`). */
      readonly scopes?: readonly string[];
    }
  | {
      readonly mode: 'msal';
      readonly clientId: string;
      /** Default `https://login.microsoftonline.com/organizations`. */
      readonly authority?: string;
      /** The add-in's sign-in page for the Office dialog fallback (same origin as the add-in). */
      readonly dialogUrl: string;
      readonly scopes?: readonly string[];
    };

/** Returns a Graph access token (without `Bearer `), fetching a new one when needed. */
export type TokenProvider = () => Promise<string>;

/**
 * The least-privilege delegated scopes of the Outlook add-in: `Mail.ReadWrite` to read a
 * message's MIME (`$value`) and mark it as filed (category + extended property; it includes
 * Mail.Read); `Mail.ReadWrite.Shared` to do the same for a mail in a shared mailbox the officer
 * is delegated to (`/users/{mailbox}/messages`, https://learn.microsoft.com/graph/outlook-share-messages-folders);
 * `Sites.ReadWrite.All` to upload records and set their columns in the records site's library
 * and lists (it covers the site's drives, so Files.ReadWrite.All is not needed);
 * `Sites.FullControl.All` to apply a dossier's record-declaring retention label.
 */
export const OUTLOOK_SCOPES: readonly string[] = SURFACE_SCOPES.outlook;

/** The scope prefix for Graph, so short names can be listed above. */
export function graphScopes(scopes: readonly string[]): string[] {
  return scopes.map((scope) =>
    scope.includes('/') ? scope : `https://graph.microsoft.com/${scope}`,
  );
}

export { devToken } from './dev-token';
