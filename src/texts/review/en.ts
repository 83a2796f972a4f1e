import { disclosureLevelLabels } from '../../core/woo';
import { DASHBOARD_EN } from './dashboard/en';
import { DATES_EN } from './dates/en';
import { LABELS_EN } from './labels/en';
import { RECLASSIFY_EN } from './reclassify/en';
import { EXPORT_EN } from './export/en';
import type { ReviewTexts } from './review-texts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const LOCAL: Record<string, string> = {
  'woo-category': 'information category',
  assessment: 'assessment',
  'source-kind': 'source',
  'changed-after-filing': 'changed after filing',
  subject: 'subject',
};

/** English, on request. */
export const EN: ReviewTexts = {
  language: 'en',
  title: 'Bronvast · review',
  signedInAs: (name) => `Signed in as ${name}`,
  notRecordsManager: (address) =>
    `You are signed in as ${address}, but you are not a member of the records managers group. You can view the records; accepting, rejecting, reclassifying and moving are for records managers only, and SharePoint refuses them to anyone else. Ask the administrator to add you to that group.`,
  managersUnknown: (address) =>
    `You are signed in as ${address}. The records managers group could not be read, so reviewing is not possible now. Try again later or ask the administrator to check this page's permissions.`,
  tabs: { queue: 'To review', dashboard: 'Dashboard' },
  filters: {
    heading: 'Filters',
    status: 'Status',
    dossier: 'Dossier',
    category: 'Information category',
    assessment: 'Assessment',
    source: 'Source',
    filedBy: 'Filed by',
    from: 'Filed from',
    to: 'Filed up to',
    changed: 'Only changed after filing',
    subject: 'Search the subject',
    any: 'All',
    apply: 'Apply',
    localOnly: (codes, hidden) =>
      `Filtering on ${codes.map((code) => LOCAL[code] ?? code).join(', ')} applies to the loaded pages only: SharePoint refuses such a query on lists of more than 5,000 items, so Bronvast does not send it. ${count(hidden, 'record', 'records')} hidden on this page.`,
  },
  statuses: { 'te-beoordelen': 'To review', geaccepteerd: 'Accepted', afgewezen: 'Rejected' },
  levels: {
    ...disclosureLevelLabels('en'),
    none: 'No assessment',
  },
  sources: { mail: 'E-mail', chat: 'Chat' },
  columns: {
    subject: 'Subject',
    dossier: 'Dossier',
    status: 'Status',
    assessment: 'Assessment',
    filedBy: 'Filed by',
    filedAt: 'Filed at',
  },
  grid: {
    label: 'Filed records',
    empty: 'No records match these filters.',
    loading: 'Loading records…',
    more: 'Load more',
    selected: (n) => `${count(n, 'record', 'records')} selected`,
    noSubject: '(no subject)',
  },
  exports: EXPORT_EN,
  actions: {
    accept: 'Accept',
    reject: 'Reject',
    reclassify: 'Reclassify',
    move: 'Move',
    export: 'Export',
    exportProgress: (done, total) => `Exporting… ${done} of ${total}`,
    exportReady: (choice, count) =>
      choice === 'xlsx' || choice === 'csv'
        ? `Download the inventory list (${count} rows)`
        : `Download the ${choice === 'diwoo' ? 'DiWoo' : 'MDTO'} files (${count} files, zip)`,
    exportFormat: 'Export format',
    exportFormats: {
      xlsx: 'Inventory list (Excel)',
      csv: 'Inventory list (CSV)',
      diwoo: 'DiWoo metadata (XML)',
      mdto: 'MDTO for the archive (XML)',
    },
    reason: 'Reason for rejecting',
    reasonRequired: 'Please give a reason.',
    targetDossier: 'To dossier',
    confirm: 'Confirm',
    cancel: 'Cancel',
    done: (n) => `${count(n, 'record', 'records')} updated.`,
    changedMeanwhile: (n) =>
      `${count(n, 'record was', 'records were')} changed by someone else in the meantime. The new state has been reloaded; check it and repeat the action if needed.`,
    forbidden: (n) =>
      `You have no rights to change ${count(n, 'this record', 'these records')}. Ask the site's administrator for the records manager role.`,
    notFound: (n) => `${count(n, 'record no longer exists', 'records no longer exist')}.`,
    failed: (n) => `${count(n, 'record', 'records')} could not be updated. Please try again later.`,
    fileMissing: (n) =>
      `The file of ${count(n, 'record', 'records')} was not found; it could not be moved.`,
  },
  detail: {
    heading: 'Record',
    none: 'Choose a record to see its details.',
    metadata: 'Details',
    reasons: 'Why (as the officer saw it)',
    content: 'Content',
    download: 'Download the file',
    versions: 'Version history',
    audit: 'Audit trail',
    flagged: 'Changed by someone who is not a records manager',
    noVersions: 'No versions known.',
    noAudit: 'No events yet.',
    loading: 'Loading…',
    unreadable: 'The content could not be read; the file itself can still be downloaded.',
    unknownPerson: 'unknown',
    auditActions: {
      accepted: 'Accepted',
      rejected: 'Rejected',
      reclassified: 'Reclassified',
      moved: 'Moved',
      corrected: 'Corrected (not applied)',
      filed: 'Filed',
    },
    reasonLabel: 'Reason',
    chatFrame: 'Rendering of the chat message',
  },
  warnings: {
    'columns-missing':
      'This file has no (valid) Bronvast columns: its filing probably stopped half-way. What is known is shown below.',
    'dossier-unknown': 'The dossier of this record is not (or no longer) in the dossier registry.',
    'filed-at-invalid': 'The filing date is missing or unreadable.',
    'sha256-malformed': 'The stored SHA-256 is missing or unreadable.',
    'file-missing': 'The file of this record was not found in the library.',
  },
  trust: {
    heading: 'Verification',
    loading: 'Checking…',
    failed: 'The check could not be done.',
    honest:
      'Nothing amiss: the content matches the filed SHA-256, the versions and the audit log agree and every decision is a records manager’s.',
    unconfirmed: 'not confirmed',
    contentChanged: (from, to) => `New content (${from} → ${to} bytes)`,
  },
  errors: {
    forbidden:
      "You have no access to the records. Ask the site's administrator for the records manager role.",
    unauthenticated: 'You are not signed in (any more). Reload the page.',
    load: 'The records could not be loaded. Please try again.',
    siteMissing: 'The Bronvast site is not (fully) set up.',
  },
  learning: {
    heading: 'Learnt from reviews',
    explanation:
      "Every accept or reject refines this organisation's policy-relevance estimate. The pane, the Teams tab and the command line apply that adjustment on top of the standard weights.",
    decisions: (count) => (count === 1 ? '1 review learnt.' : `${count} reviews learnt.`),
    reset: 'Reset the adjustment',
    confirmTitle: 'Reset the adjustment?',
    confirmText:
      'Bronvast forgets what it learnt from reviews and uses the standard weights only. The records and their reviews stay as they are.',
    confirm: 'Reset',
    cancel: 'Cancel',
    done: 'The adjustment was reset; the standard weights apply again.',
    failed: 'The reset did not succeed. Please try again.',
    loading: 'Loading the learnt adjustment…',
  },
  dashboard: DASHBOARD_EN,
  labels: LABELS_EN,
  reclassify: RECLASSIFY_EN,
  dates: DATES_EN,
  layout: {
    splitter: 'Width of the list and the record',
    recordActions: 'Actions for this record',
    closeDetail: 'Close the record',
  },
};
