/**
 * The one place where the core's reason codes and the adapters' error codes become sentences a
 * civil servant understands, in Dutch (default) or English. Pure TypeScript, no React.
 */
export { describeReason } from './describe-reason';
export { describeError, type MimeErrorCode } from './error-texts';
export { describeLevel, describeGround, describeWooCategory } from './woo-texts';
export { describeDiscrepancy } from './trust-texts';
