import type { OfficeCommandEvent, OfficeMailboxItem, OfficeSubset } from '../../host/office-subset';
import { respond } from './async-result';
import { composeItem } from './compose-item';
import { graphMail } from './graph-mail';
import { loadReadItem } from './read-item';
import { selectedItems } from './selected-items';
import type { OfficeStandInOptions } from './standin-options';

/** Office's event names for the pinned pane. */
const ITEM_CHANGED = 'olkItemSelectedChanged';
const SELECTION_CHANGED = 'olkSelectedItemsChanged';
/** The newest Mailbox set the stand-in reports (multi-select included). */
const MAILBOX_VERSION = [1, 14];

/** The stand-in: Office's subset, plus what the workbench and tests need around it. */
export interface OfficeStandIn extends OfficeSubset {
  /** Handlers registered with `Office.actions.associate` (when no `associate` option is given). */
  readonly registeredActions: ReadonlyMap<string, (event: OfficeCommandEvent) => unknown>;
  /** Reloads the current item if the selection or draft changed; resolves when done. */
  refresh(): Promise<void>;
  /** Stops listening to the workbench. */
  dispose(): void;
}

/**
 * A stand-in for the part of Office.js src/host uses, backed by the local record system's
 * Graph mail endpoints, so the real task pane and commands run unchanged in the workbench.
 * The open draft (if any) is the current item, else the mail open in the reading view.
 */
export function createOfficeStandIn(options: OfficeStandInOptions): OfficeStandIn {
  const mail = graphMail(options.graphBaseUrl, options.token, options.fetch);
  const notice = options.onNotice ?? (() => undefined);
  const handlers = new Map<string, Set<() => void>>();
  const actions = new Map<string, (event: OfficeCommandEvent) => unknown>();
  let item: OfficeMailboxItem | null = null;
  let itemKey = 'none';
  let selectionKey = options.selectedItemIds().join('|');
  const fire = (type: string) => handlers.get(type)?.forEach((handler) => handler());

  const mailboxNow = (): string | null => options.currentMailbox?.() ?? null;
  const wantedKey = (): string => {
    if (options.compose?.draft() != null) return 'compose';
    const id = options.currentItemId();
    return id === null ? 'none' : `read:${mailboxNow() ?? ''}:${id}`;
  };
  const load = async (key: string): Promise<OfficeMailboxItem | null> => {
    if (key === 'none') return null;
    if (key === 'compose' && options.compose !== undefined)
      return composeItem(options.compose, notice);
    const [, mailbox = '', ...id] = key.split(':');
    return loadReadItem(mail, id.join(':'), notice, mailbox === '' ? null : mailbox);
  };
  const refresh = async (): Promise<void> => {
    const selection = options.selectedItemIds().join('|');
    const key = wantedKey();
    if (key !== itemKey) {
      const next = await load(key);
      if (key !== wantedKey()) return refresh();
      item = next;
      itemKey = key;
      fire(ITEM_CHANGED);
    }
    if (selection !== selectionKey) {
      selectionKey = selection;
      fire(SELECTION_CHANGED);
    }
  };
  const ready = refresh();
  const unsubscribe =
    options.onChange?.(() => void refresh().catch(() => undefined)) ?? (() => undefined);

  return {
    registeredActions: actions,
    refresh,
    dispose: unsubscribe,
    onReady: async () => {
      await ready.catch(() => undefined);
      return { host: 'Outlook', platform: 'OfficeOnline' };
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'nl-NL',
      requirements: { isSetSupported: (name, minVersion) => supports(name, minVersion, options) },
      mailbox: {
        get item() {
          return item;
        },
        userProfile: options.user,
        // The workbench works with Graph ids throughout, as Outlook mobile does.
        convertToRestId: (itemId) => itemId,
        getSelectedItemsAsync: (callback) =>
          respond(callback, () => selectedItems(mail, options.selectedItemIds(), mailboxNow())),
        addHandlerAsync: (type, handler, callback) =>
          respond(
            callback,
            () => void handlers.set(type, (handlers.get(type) ?? new Set()).add(handler)),
          ),
        removeHandlerAsync: (type, callback) => respond(callback, () => void handlers.delete(type)),
      },
    },
    actions: {
      associate: (name, handler) =>
        (options.associate ?? ((key, value) => actions.set(key, value)))(name, handler),
    },
    ...(options.showTaskpane === undefined
      ? {}
      : { addin: { showAsTaskpane: async () => options.showTaskpane?.() } }),
  };
}

function supports(
  name: string,
  minVersion: string | undefined,
  options: OfficeStandInOptions,
): boolean {
  const [major = 1, minor = 0] = (minVersion ?? '1.1').split('.').map(Number);
  if (name === 'Mailbox')
    return (
      major < (MAILBOX_VERSION[0] ?? 1) ||
      (major === MAILBOX_VERSION[0] && minor <= (MAILBOX_VERSION[1] ?? 0))
    );
  if (name === 'SharedRuntime')
    return options.showTaskpane !== undefined && major === 1 && minor <= 1;
  return false;
}
