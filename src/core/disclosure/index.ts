/** The advisory disclosure pre-assessment: personal data and the Woo exception grounds. */
export { assessDisclosure } from './assess-disclosure';
export { DISCLOSURE_REASON_CODES } from './reason-codes';
export type { DisclosureReasonCode } from './reason-codes';
