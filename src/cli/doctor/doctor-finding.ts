import type { GraphSurface } from '../../host';

/** A problem of one list against the schema Bronvast provisions. */
export type ListProblem =
  | { readonly kind: 'list-missing' }
  | { readonly kind: 'column-missing'; readonly column: string }
  | {
      readonly kind: 'column-type';
      readonly column: string;
      readonly want: string;
      readonly has: string;
    }
  | { readonly kind: 'index-missing'; readonly column: string };

/** A step of the write round trip in the scratch folder. */
export type RoundTripStep = 'upload' | 'columns' | 'version' | 'download' | 'delete';

/** A question only a real tenant answers, and what this one answered. */
export type ProbeCode =
  | 'versions-without-expand'
  | 'order-by-filing-time'
  | 'two-indexed-fields'
  | 'upload-session-conflict'
  | 'retry-after-exposed';

/** One finding of `bronvast doctor`: one line of its output. */
export type DoctorFinding =
  | { readonly check: 'site'; readonly ok: true; readonly siteId: string }
  | { readonly check: 'site'; readonly ok: false; readonly reason: string }
  | { readonly check: 'token'; readonly kind: 'unreadable' | 'application' }
  | {
      readonly check: 'surface';
      readonly surface: GraphSurface;
      readonly missing: readonly string[];
      readonly adminConsent: readonly string[];
    }
  | { readonly check: 'list'; readonly list: string; readonly problems: readonly ListProblem[] }
  | { readonly check: 'label'; readonly label: string; readonly exists: boolean }
  | {
      readonly check: 'labels';
      readonly reason: 'none-named' | 'unreadable';
      readonly detail?: string;
    }
  | { readonly check: 'round-trip'; readonly step: RoundTripStep; readonly error?: string }
  | {
      readonly check: 'probe';
      readonly probe: ProbeCode;
      readonly answer: string;
      /** False when Bronvast depends on the answer and it is not the one it needs. */
      readonly ok: boolean;
    };

/** How a finding shows: green, red, or neutral information. */
export type FindingStatus = 'ok' | 'fail' | 'info';

/** The status of a finding. */
export function statusOf(finding: DoctorFinding): FindingStatus {
  switch (finding.check) {
    case 'site':
      return finding.ok ? 'ok' : 'fail';
    case 'token':
      return finding.kind === 'application' ? 'info' : 'fail';
    case 'surface':
      return finding.missing.length === 0 ? 'ok' : 'fail';
    case 'list':
      return finding.problems.length === 0 ? 'ok' : 'fail';
    case 'label':
      return finding.exists ? 'ok' : 'fail';
    case 'labels':
      return finding.reason === 'none-named' ? 'info' : 'fail';
    case 'round-trip':
      return finding.error === undefined ? 'ok' : 'fail';
    case 'probe':
      return finding.ok ? 'info' : 'fail';
  }
}
