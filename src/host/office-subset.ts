/**
 * The part of Office.js that Bronvast uses, and nothing more. Real Office.js, the test mocks and
 * the workbench stand-in all satisfy it. Office's own declarations type statuses and coercion
 * types as enums; at run time they are these same strings, so the subset uses the strings.
 */

/** Office's error object on a failed `*Async` call. */
export interface OfficeAsyncError {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

/** The argument of every `*Async` callback. */
export interface OfficeAsyncResult<T> {
  readonly status: 'succeeded' | 'failed';
  readonly value: T;
  readonly error?: OfficeAsyncError | undefined;
}

/** A callback as Office passes results to it. */
export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

/** A correspondent as Office describes one. */
export interface OfficeEmailAddress {
  readonly displayName: string;
  readonly emailAddress: string;
}

/** An attachment as Office lists it (read mode: `attachments`; compose: `getAttachmentsAsync`). */
export interface OfficeAttachment {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly contentType?: string;
  readonly isInline?: boolean;
}

/** `item.body` in both modes. */
export interface OfficeBody {
  getAsync(coercionType: 'text' | 'html', callback: OfficeCallback<string>): void;
}

/** `item.categories` (Mailbox 1.8). */
export interface OfficeCategories {
  getAsync(callback: OfficeCallback<readonly { readonly displayName: string }[]>): void;
}

/** The per-item custom properties (2,500 characters in all). */
export interface OfficeCustomProperties {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  saveAsync(callback: OfficeCallback<void>): void;
}

/** A message being read. */
export interface OfficeReadItem {
  readonly itemType: string;
  readonly itemId: string;
  readonly subject: string;
  readonly from?: OfficeEmailAddress | null;
  readonly to: readonly OfficeEmailAddress[];
  readonly cc: readonly OfficeEmailAddress[];
  readonly dateTimeCreated: Date;
  readonly dateTimeModified?: Date;
  readonly internetMessageId: string;
  readonly conversationId: string;
  readonly attachments: readonly OfficeAttachment[];
  readonly body: OfficeBody;
  readonly categories?: OfficeCategories;
  getAllInternetHeadersAsync?(callback: OfficeCallback<string>): void;
  loadCustomPropertiesAsync(callback: OfficeCallback<OfficeCustomProperties>): void;
  /** Only on an item in a shared folder (Mailbox 1.8) or a shared mailbox (Mailbox 1.13). */
  getSharedPropertiesAsync?(callback: OfficeCallback<OfficeSharedProperties>): void;
}

/** Office.SharedProperties: whose mailbox an item opened by a delegate is in. */
export interface OfficeSharedProperties {
  /** The owner's mailbox, for `/users/{targetMailbox}/...` in REST calls. */
  readonly targetMailbox: string;
  readonly owner?: string;
  readonly delegatePermissions?: number;
}

/** A recipient field or the subject in compose mode. */
export interface OfficeComposeField<T> {
  getAsync(callback: OfficeCallback<T>): void;
}

/** `item.internetHeaders` in compose mode (Mailbox 1.8). */
export interface OfficeInternetHeaders {
  getAsync(names: string[], callback: OfficeCallback<Readonly<Record<string, string>>>): void;
  setAsync(headers: Record<string, string>, callback: OfficeCallback<void>): void;
  removeAsync(names: string[], callback: OfficeCallback<void>): void;
}

/** A message being written. */
export interface OfficeComposeItem {
  readonly itemType: string;
  readonly subject: OfficeComposeField<string>;
  readonly to: OfficeComposeField<readonly OfficeEmailAddress[]>;
  readonly cc: OfficeComposeField<readonly OfficeEmailAddress[]>;
  readonly body: OfficeBody;
  readonly conversationId?: string | null;
  readonly internetHeaders: OfficeInternetHeaders;
  readonly categories?: OfficeCategories;
  getAttachmentsAsync?(callback: OfficeCallback<readonly OfficeAttachment[]>): void;
  loadCustomPropertiesAsync(callback: OfficeCallback<OfficeCustomProperties>): void;
}

/** Either kind of item; tell them apart with `isReadItem`. */
export type OfficeItem = OfficeReadItem | OfficeComposeItem;

/** One entry of `getSelectedItemsAsync` (Mailbox 1.13). */
export interface OfficeSelectedItem {
  readonly itemId: string;
  readonly itemType: string;
  readonly itemMode: string;
  readonly subject: string;
  readonly conversationId?: string;
  readonly internetMessageId?: string;
  readonly hasAttachment?: boolean;
}

/** A button on an insight notification (Mailbox 1.10) that opens the task pane. */
export interface OfficeNotificationAction {
  readonly actionType: 'showTaskPane';
  readonly actionText: string;
  readonly commandId: string;
  readonly contextData: Readonly<Record<string, string>>;
}

/** The options of an item notification. */
export interface OfficeNotification {
  readonly type: 'informationalMessage' | 'errorMessage' | 'progressIndicator' | 'insightMessage';
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
  readonly actions?: readonly OfficeNotificationAction[];
}

/** `item.notificationMessages`. */
export interface OfficeNotificationMessages {
  replaceAsync(key: string, details: OfficeNotification, callback: OfficeCallback<void>): void;
}

/** The open item with its notification bar. */
export type OfficeMailboxItem = OfficeItem & {
  readonly notificationMessages?: OfficeNotificationMessages;
};

/** `Office.context.mailbox`. */
export interface OfficeMailbox {
  readonly item: OfficeMailboxItem | null;
  readonly userProfile: { readonly emailAddress: string; readonly displayName: string };
  convertToRestId(itemId: string, restVersion: string): string;
  getSelectedItemsAsync?(callback: OfficeCallback<readonly OfficeSelectedItem[]>): void;
  addHandlerAsync(eventType: string, handler: () => void, callback: OfficeCallback<void>): void;
  removeHandlerAsync(eventType: string, callback: OfficeCallback<void>): void;
}

/** `Office.context.ui` (the dialog API; used for sign-in where NAA is missing). */
export interface OfficeUi {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; promptBeforeOpen?: boolean },
    callback: OfficeCallback<OfficeDialog>,
  ): void;
  messageParent?(message: string): void;
}

/** An open Office dialog. */
export interface OfficeDialog {
  addEventHandler(eventType: string, handler: (arg: DialogEventArg) => void): void;
  close(): void;
}

/**
 * What a dialog sends its parent: a message (with the origin of the page that sent it, where
 * the client reports it: DialogOrigin 1.1), or an error code such as 12006 (closed).
 */
export type DialogEventArg =
  { readonly message: string; readonly origin?: string } | { readonly error: number };

/** The event a ribbon or launch-event handler receives. */
export interface OfficeCommandEvent {
  completed(options?: Readonly<Record<string, unknown>>): void;
}

/** The `Office` global, as far as Bronvast touches it. */
export interface OfficeSubset {
  onReady(): Promise<{ readonly host: string | null; readonly platform: string | null }>;
  readonly context: {
    readonly displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly mailbox: OfficeMailbox;
    readonly ui?: OfficeUi;
  };
  readonly actions?: {
    associate(name: string, handler: (event: OfficeCommandEvent) => unknown): void;
  };
  readonly addin?: { showAsTaskpane(): Promise<void> };
}

/** Whether an item is in read mode: the subject is a plain string there, an object in compose. */
export function isReadItem(item: OfficeItem): item is OfficeReadItem {
  return typeof item.subject === 'string';
}
