/**
 * The delegated Microsoft Graph scopes each part of Bronvast asks for: exactly what its own
 * calls need, each call's least-privileged permission as Microsoft documents it
 * (docs/scopes.md lists them with the calls and the permissions pages). The local record
 * system checks every call against the token's scopes in the same way.
 */

/** A part of Bronvast that signs in to Graph. */
export type GraphSurface =
  | 'outlook'
  | 'teams'
  | 'review'
  | 'cli-file'
  | 'cli-assess'
  | 'cli-export'
  | 'cli-woo'
  | 'cli-verify'
  | 'cli-doctor'
  | 'provision';

/**
 * Applying a retention label that declares a record needs Sites.FullControl.All
 * (https://learn.microsoft.com/en-us/graph/api/driveitem-setretentionlabel: "Sites.FullControl.All
 * is the least privileged permission required to change retention labels that classify the
 * content as records"). The filing surfaces ask for it because a dossier may name such a label;
 * an organisation without record labels can leave it out of the build's `scopes`.
 */
export const RECORD_LABEL_SCOPE = 'Sites.FullControl.All';

/**
 * Who the records managers are: the members of their Entra ID group
 * (`GET /groups/{id}/transitiveMembers`, https://learn.microsoft.com/en-us/graph/api/group-list-transitivemembers:
 * GroupMember.Read.All, which needs an administrator's consent). Every surface that weighs a
 * review, a learnt adjustment or a decision asks for it.
 */
export const RECORDS_MANAGERS_SCOPE = 'GroupMember.Read.All';

/** The scopes of each surface. */
export const SURFACE_SCOPES: Readonly<Record<GraphSurface, readonly string[]>> = {
  // Read and mark the mail (Mail.ReadWrite includes Mail.Read), in the user's own mailbox and
  // in shared mailboxes the user is delegated to; translate Office's ids to immutable ones
  // (translateExchangeIds: User.ReadBasic.All); file into the records site.
  outlook: [
    'Mail.ReadWrite',
    'Mail.ReadWrite.Shared',
    'User.ReadBasic.All',
    'Sites.ReadWrite.All',
    RECORD_LABEL_SCOPE,
    RECORDS_MANAGERS_SCOPE,
  ],
  // Read chats and channels (and their titles), file, and post the optional reply; on the
  // personal tab, read and mark the officer's mail and shared mailboxes' ("nog vastleggen").
  teams: [
    'Mail.ReadWrite',
    'Mail.ReadWrite.Shared',
    'Chat.Read',
    'ChannelMessage.Read.All',
    'Channel.ReadBasic.All',
    'ChatMessage.Send',
    'ChannelMessage.Send',
    'Sites.ReadWrite.All',
    RECORD_LABEL_SCOPE,
    RECORDS_MANAGERS_SCOPE,
  ],
  // Review, move and learn in the records site; read a filer's department.
  review: ['Sites.ReadWrite.All', 'User.Read.All', RECORDS_MANAGERS_SCOPE],
  // File a backlog: the signed-in user (GET /me), upload and label records.
  'cli-file': ['User.Read', 'Sites.ReadWrite.All', RECORD_LABEL_SCOPE, RECORDS_MANAGERS_SCOPE],
  // Read dossiers, history and the learnt adjustment.
  'cli-assess': ['Sites.Read.All', RECORDS_MANAGERS_SCOPE],
  // Read records and their files.
  'cli-export': ['Sites.Read.All', RECORDS_MANAGERS_SCOPE],
  // Search the records (Microsoft Search), keep requests, their log and selection in the Woo
  // lists, and read the selected records' files for the decision package.
  'cli-woo': ['Sites.ReadWrite.All'],
  // Read every record, its versions and file versions, the audit list and who the records
  // managers are.
  'cli-verify': ['Sites.Read.All', RECORDS_MANAGERS_SCOPE],
  // Read the site's lists and columns, a write round trip in a scratch folder, and the tenant's
  // retention labels (to check the dossiers' labels exist).
  'cli-doctor': ['Sites.ReadWrite.All', 'RecordsManagement.Read.All'],
  // Create lists and columns and index them; make the records library's two areas and grant the
  // officers' group write on the intake area (invite needs Sites.ReadWrite.All, which
  // Sites.Manage.All includes).
  provision: ['Sites.Manage.All'],
};

/**
 * Delegated scopes that need an administrator's consent (the "Admin consent required" column
 * of https://learn.microsoft.com/en-us/graph/permissions-reference).
 */
export const ADMIN_CONSENT_SCOPES: ReadonlySet<string> = new Set([
  'ChannelMessage.Read.All',
  'User.Read.All',
  'Sites.FullControl.All',
  'RecordsManagement.Read.All',
  RECORDS_MANAGERS_SCOPE,
]);

/** Every scope any surface asks for: what a local dev token without a scope list carries. */
export const DEV_DEFAULT_SCOPES: readonly string[] = [
  ...new Set(Object.values(SURFACE_SCOPES).flat()),
];

/** The Teams tab's scopes (the reply's send scopes are always asked: the tab offers it). */
export function teamsScopes(): readonly string[] {
  return SURFACE_SCOPES.teams;
}
