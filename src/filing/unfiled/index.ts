/**
 * "Nog vastleggen": the policy-relevant mail of the last weeks that is neither filed nor set
 * aside, read page by page and assessed on the device, and the coverage counts it yields.
 */
export { CoverageTally, isoWeek, type WeekCoverage } from './coverage-tally';
export { scanUnfiled, type ScanOptions, type ScanProgress, type ScanResult } from './scan-unfiled';
export type { UnfiledMail } from './unfiled-mail';
export {
  DISMISSED_PROPERTY_ID,
  markMessageDismissed,
  type DismissalReason,
} from '../../graph/mail/dismissal';
export { coverageRows } from './coverage-rows';
export {
  reportCoverage,
  type CoverageReportOutcome,
  type CoverageRow,
} from '../../graph/coverage/coverage-report';
export { myDepartment } from '../../graph/coverage/my-department';
