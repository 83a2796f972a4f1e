import type { GraphCallErrorKind } from '../graph';

/**
 * Why a filing did not happen, as a code every surface turns into a sentence: a failed Graph
 * call (its kind), a refusal of the record system, or a site not set up for Bronvast.
 */
export type FilingErrorCode =
  | GraphCallErrorKind
  | 'content-differs'
  | 'site-not-provisioned'
  /** A chosen chat message was deleted between listing and filing: nothing was filed. */
  | 'chat-message-deleted'
  /** The mail is no longer in the mailbox (deleted, or moved before its lasting id was known). */
  | 'mail-not-found'
  /** A job of the other kind reached a filer (a chat job at the mail filer, or the reverse). */
  | 'not-a-mail'
  | 'not-a-chat-message';

/** Every filing error code, once (the texts' completeness tests walk it). */
export const FILING_ERROR_CODES = Object.keys({
  unauthenticated: true,
  forbidden: true,
  'not-found': true,
  conflict: true,
  throttled: true,
  network: true,
  unexpected: true,
  'content-differs': true,
  'site-not-provisioned': true,
  'chat-message-deleted': true,
  'mail-not-found': true,
  'not-a-mail': true,
  'not-a-chat-message': true,
} satisfies Record<FilingErrorCode, true>);

/**
 * The site has not been set up for Bronvast: lists it needs are missing. A configuration
 * error no retry can change until an administrator runs the provisioning for the site.
 */
export class SiteNotProvisionedError extends Error {
  override readonly name = 'SiteNotProvisionedError' as const;
  readonly missing: readonly string[];

  constructor(missing: readonly string[]) {
    super(`site lists missing: ${missing.join(', ')}`);
    this.missing = missing;
  }
}

/** True for a `SiteNotProvisionedError`, also one from another frame (checks the shape). */
export function isSiteNotProvisionedError(value: unknown): value is SiteNotProvisionedError {
  return (
    value instanceof SiteNotProvisionedError ||
    (typeof value === 'object' &&
      value !== null &&
      'name' in value &&
      value.name === 'SiteNotProvisionedError' &&
      'missing' in value &&
      Array.isArray(value.missing))
  );
}
