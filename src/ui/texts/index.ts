/**
 * The one place where the core's reason codes and the adapters' error codes become sentences a
 * civil servant understands, in Dutch (default) or English. Pure TypeScript, no React.
 */
export { describeReason, REASON_TEXTS } from './describe-reason';
export { describeError, DESCRIBED_ERROR_CODES, type MimeErrorCode } from './error-texts';
export { describeLevel, describeGround, describeWooCategory, type WooText } from './woo-texts';
export type { ReasonText } from './reason-text';
export { describeDiscrepancy } from './trust-texts';
