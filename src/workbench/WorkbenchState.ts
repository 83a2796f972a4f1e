import type { ActionCompletion, ActionHandler, WorkbenchBridge, WorkbenchDraft } from './bridge';

/** Who uses the workbench and against which record system. */
export interface WorkbenchIdentity {
  readonly graphBaseUrl: string;
  /** The record system's records managers' group (object id), as the add-in is built with it. */
  readonly recordsManagersGroup?: string;
  readonly upn: string;
  readonly displayName: string;
  readonly displayLanguage: string;
  /** Addresses of the shared mailboxes the user has Full Access to. */
  readonly sharedMailboxes?: readonly string[];
}

/** The mailbox state the page owns and its frames read: selection, draft, registered actions. */
export class WorkbenchState implements WorkbenchBridge {
  readonly graphBaseUrl: string;
  readonly recordsManagersGroup: string;
  readonly upn: string;
  readonly displayName: string;
  readonly displayLanguage: string;
  readonly sharedMailboxes: readonly string[];
  private selection: readonly string[] = [];
  private selectionMailbox: string | null = null;
  private openDraft: WorkbenchDraft | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly actions = new Map<string, ActionHandler>();
  private regionStepper: (direction: 1 | -1) => void = () => undefined;

  constructor(identity: WorkbenchIdentity) {
    this.graphBaseUrl = identity.graphBaseUrl;
    this.recordsManagersGroup = identity.recordsManagersGroup ?? '';
    this.upn = identity.upn;
    this.displayName = identity.displayName;
    this.displayLanguage = identity.displayLanguage;
    this.sharedMailboxes = identity.sharedMailboxes ?? [];
  }

  /**
   * The selected mails. In a shared mailbox the pane gets the first one only: the stand-in offers
   * multi-select (Mailbox 1.13) in the user's own mailbox, where Outlook's selection carries no
   * mailbox of its own.
   */
  selectedItemIds(): readonly string[] {
    return this.selectionMailbox === null ? this.selection : this.selection.slice(0, 1);
  }

  /** The shared mailbox the selected mails are in; null for the user's own. */
  currentMailbox(): string | null {
    return this.selectionMailbox;
  }

  /** The mail open in the reading view: the only selected one (none with several selected). */
  currentItemId(): string | null {
    const selected = this.selectedItemIds();
    return selected.length === 1 ? (selected[0] ?? null) : null;
  }

  draft(): WorkbenchDraft | null {
    return this.openDraft;
  }

  /** Selects mails in the message list of a mailbox (the first is shown); clears any draft. */
  select(itemIds: readonly string[], mailbox: string | null = null): void {
    this.selection = itemIds;
    this.selectionMailbox = mailbox;
    this.openDraft = null;
    this.notify();
  }

  /** Opens, edits or (with null) closes the draft in the compose window. */
  setDraft(draft: WorkbenchDraft | null): void {
    this.openDraft = draft;
    if (draft !== null) {
      this.selection = [];
      this.selectionMailbox = null;
    }
    this.notify();
  }

  /** Keeps the draft's text in step with the compose window without telling the frames. */
  editDraft(draft: WorkbenchDraft): void {
    this.openDraft = draft;
  }

  updateDraft(change: Partial<Pick<WorkbenchDraft, 'headers' | 'properties'>>): void {
    if (this.openDraft === null) return;
    this.openDraft = { ...this.openDraft, ...change };
    this.notify();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  associate(name: string, handler: ActionHandler): void {
    this.actions.set(name, handler);
  }

  /** Whether a frame registered the action yet. */
  hasAction(name: string): boolean {
    return this.actions.has(name);
  }

  /** Runs a registered action as Outlook would and resolves with what it completed with. */
  runAction(name: string, timeoutMs = 60_000): Promise<ActionCompletion> {
    const handler = this.actions.get(name);
    if (handler === undefined) return Promise.reject(new Error(`action not registered: ${name}`));
    return new Promise<ActionCompletion>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`action timed out: ${name}`)), timeoutMs);
      const completed = (options?: ActionCompletion): void => {
        clearTimeout(timer);
        resolve(options);
      };
      Promise.resolve(handler({ completed })).catch((error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  stepRegion(direction: 1 | -1): void {
    this.regionStepper(direction);
  }

  /** Sets what F6 inside a frame does (the page cycles its regions). */
  onRegionStep(stepper: (direction: 1 | -1) => void): void {
    this.regionStepper = stepper;
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}
