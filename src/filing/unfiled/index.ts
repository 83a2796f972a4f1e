/**
 * "Nog vastleggen": the policy-relevant mail of the last weeks that is neither filed nor set
 * aside, read page by page and assessed on the device, and the coverage counts it yields.
 */
export { scanUnfiled, type ScanOptions, type ScanProgress, type ScanResult } from './scan-unfiled';
export type { UnfiledMail } from './unfiled-mail';
export { markMessageDismissed, type DismissalReason } from '../../graph/mail';
export { reportCoverage } from '../../graph/coverage';
export { createCoverageReporter, type ReportMemory } from './coverage-reporting';
