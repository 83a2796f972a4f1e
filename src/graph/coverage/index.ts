/**
 * Coverage: the weekly counts of filed and unfiled mail a pane reports per mailbox and
 * department, and reading them back. Lighter than `src/graph`.
 */
export { reportCoverage, type CoverageRow } from './coverage-report';
export { myDepartment } from './my-department';
export { readCoverageReports } from './coverage-reports';
