/** What the workbench page asks its server for at start: where the record system is. */
export interface WorkbenchConfig {
  readonly graphBaseUrl: string;
  /** The records managers' group's object id (the local tenant's), which the pane reads. */
  readonly recordsManagersGroup?: string;
  /** Origin of the record system's download URLs (another origin than Graph's). */
  readonly downloadOrigin?: string;
  /** Shared mailboxes and their delegates, which Outlook shows in the delegates' folder tree. */
  readonly sharedMailboxes?: readonly {
    readonly address: string;
    readonly displayName: string;
    readonly delegates: readonly string[];
  }[];
}
