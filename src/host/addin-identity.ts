/**
 * The add-in's id: `<Id>` of manifest.xml and `id` of the app manifests (one app, one id; see
 * docs/deploy.md). Outlook stores the add-in's custom properties under a name made from it, so
 * the sent-items sweep reads them back with it (src/graph/mail/custom-properties.ts).
 */
export const ADDIN_ID = '9547d0d2-4b63-4c74-983b-15c0ebe72f2b';
