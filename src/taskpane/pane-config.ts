// From its own module: the host index also carries MSAL, which the pane loads only for Graph.
import { hostingPageOverride, readAddinConfig, type AddinConfig } from '../host/addin-config';

/** Where the pane files to and how it signs in, plus what only the pane needs. */
export interface PaneConfig extends AddinConfig {
  /** The IndexedDB database of the outbox. */
  readonly outboxDatabase: string;
  /** How often to look for sent mails to file (default two minutes). */
  readonly sweepIntervalMs?: number;
  /**
   * The shared mailboxes (addresses) whose mail "nog vastleggen" reads besides the officer's
   * own. Graph has no delegated call that lists the mailboxes one has Full Access to, so the
   * organisation names them in the build settings (or the hosting page does).
   */
  readonly sharedMailboxes?: readonly string[];
}

/**
 * The pane's configuration: the add-in's (build settings with the hosting page's override) and
 * the pane's own defaults, which the hosting page may override too.
 */
export function readPaneConfig(): PaneConfig {
  return { ...readAddinConfig(), outboxDatabase: 'bronvast-outbox', ...hostingPageOverride() };
}
