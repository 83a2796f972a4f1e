/**
 * The contract between the workbench page and the frames it hosts (the task pane and the
 * commands runtime): the page owns the mailbox state; the Office stand-in in each frame reads
 * it through `window.parent.bronvastWorkbench` and reports back through it.
 */

/** A mail being written in the workbench's compose window. */
export interface WorkbenchDraft {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly body: string;
  /** Internet headers set on the draft (`internetHeaders.setAsync`); sent with the mail. */
  readonly headers: Readonly<Record<string, string>>;
  /** The add-in's custom properties on the draft (`loadCustomPropertiesAsync`); kept when sent. */
  readonly properties: Readonly<Record<string, string>>;
}

/** What an event-based handler reports through `event.completed(options)`. */
export type ActionCompletion = Readonly<Record<string, unknown>> | undefined;

/** A handler registered with `Office.actions.associate`. */
export type ActionHandler = (event: { completed(options?: ActionCompletion): void }) => unknown;

/** The workbench as its frames see it. */
export interface WorkbenchBridge {
  readonly graphBaseUrl: string;
  /** The records managers' group (object id) the add-in is built with; empty for none. */
  readonly recordsManagersGroup: string;
  readonly upn: string;
  readonly displayName: string;
  /** Outlook's display language as the stand-in reports it (`nl-NL`, `en-US`). */
  readonly displayLanguage: string;
  /** Addresses of the shared mailboxes the user works in (absent from an older page). */
  readonly sharedMailboxes?: readonly string[];
  /** REST ids of the selected mails. */
  selectedItemIds(): readonly string[];
  /** The mail open in the reading view, or null (nothing, or several selected). */
  currentItemId(): string | null;
  /** The shared mailbox the selected mails are in; null for the user's own. */
  currentMailbox(): string | null;
  /** The draft open in the compose window, or null. */
  draft(): WorkbenchDraft | null;
  /** Changes the open draft's headers or custom properties. */
  updateDraft(change: Partial<Pick<WorkbenchDraft, 'headers' | 'properties'>>): void;
  /** Calls back whenever the selection or the draft changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Where `Office.actions.associate` in a frame registers its handlers. */
  associate(name: string, handler: ActionHandler): void;
  /** F6 (1) or Shift+F6 (-1) pressed inside a frame: the page moves the focus to a region. */
  stepRegion(direction: 1 | -1): void;
}

/** The global name under which the workbench page publishes its bridge. */
export const BRIDGE_GLOBAL = 'bronvastWorkbench';

/** The bridge of the hosting workbench page, when this frame runs inside one. */
export function parentBridge(): WorkbenchBridge | null {
  const self: unknown = globalThis;
  const host: Window | undefined = globalThis.parent === self ? undefined : globalThis.parent;
  const bridge: unknown = host === undefined ? undefined : Reflect.get(host, BRIDGE_GLOBAL);
  return isBridge(bridge) ? bridge : null;
}

function isBridge(value: unknown): value is WorkbenchBridge {
  return (
    typeof value === 'object' && value !== null && 'selectedItemIds' in value && 'draft' in value
  );
}
