import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeAsyncResult, OfficeCallback } from './office-subset';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose other
// dependencies are ES modules Jest would have to compile; the names are given here instead.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));

/** Builders for tests of src/host and its callers: Office.js mocked with office-addin-mock. */

/** A succeeded async result. */
export const succeeded = <T>(value: T): OfficeAsyncResult<T> => ({ status: 'succeeded', value });

/** A failed async result with Office's error code and name. */
export function failed<T>(code: number, name: string): OfficeAsyncResult<T> {
  return {
    status: 'failed',
    value: undefined as T,
    error: { code, name, message: `${name} happened` },
  };
}

/** A hand-written callback API that answers with `result`. */
export const answers =
  <T>(result: OfficeAsyncResult<T>) =>
  (...args: unknown[]): void => {
    const callback = args[args.length - 1] as OfficeCallback<T>;
    callback(result);
  };

/** Options of {@link installOffice}. */
export interface OfficeMockOptions {
  readonly item?: Record<string, unknown> | null;
  /** Requirement sets the client supports, e.g. `{ Mailbox: '1.14' }`. */
  readonly sets?: Readonly<Record<string, string>>;
  readonly displayLanguage?: string;
  readonly mailbox?: Record<string, unknown>;
  readonly extra?: Record<string, unknown>;
}

/** Whether `version` is at least `min` (both dotted numbers). */
export function versionAtLeast(version: string, min: string): boolean {
  const have = version.split('.').map(Number);
  const want = min.split('.').map(Number);
  for (let index = 0; index < Math.max(have.length, want.length); index += 1) {
    const difference = (have[index] ?? 0) - (want[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** Installs an Outlook `Office` mock as the global and returns it. */
export function installOffice(options: OfficeMockOptions = {}): OfficeMockObject {
  const sets = options.sets ?? { Mailbox: '1.14' };
  const mock = new OfficeMockObject({
    host: 'outlook',
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: options.displayLanguage ?? 'nl-NL',
      requirements: {
        isSetSupported: (name: string, min = '1.1') =>
          sets[name] !== undefined && versionAtLeast(sets[name], min),
      },
      mailbox: {
        ...(options.item ? { item: options.item } : {}),
        userProfile: { emailAddress: 'beleid@bronvast.example', displayName: 'Beleid Medewerker' },
        convertToRestId: (id: string, version: string) => `rest(${version}):${id}`,
        addHandlerAsync: answers(succeeded(undefined)),
        removeHandlerAsync: answers(succeeded(undefined)),
        ...options.mailbox,
      },
    },
    ...options.extra,
  });
  // office-addin-mock cannot hold a null in its data; "no item" is set afterwards.
  if (!options.item) mock.context.mailbox.item = null;
  (globalThis as { Office?: unknown }).Office = mock;
  return mock;
}

/** Removes the global again. */
export function uninstallOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

/** Read-mode item data in Office's shapes. */
export function aReadItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    itemType: 'message',
    itemId: 'AAMkAGI2-ews-1',
    subject: 'Advies herinrichting Stationsplein BZK-2024-0113',
    from: { displayName: 'Anna de Vries', emailAddress: 'Anna.deVries@Gemeente.example' },
    to: [{ displayName: 'Beleid', emailAddress: 'beleid@bronvast.example' }],
    cc: [],
    dateTimeCreated: new Date('2024-03-04T09:15:00Z'),
    internetMessageId: '<advies-1@gemeente.example>',
    conversationId: 'conv-1',
    attachments: [
      {
        id: 'att-1',
        name: 'advies.pdf',
        size: 12345,
        contentType: 'application/pdf',
        isInline: false,
      },
      { id: 'att-2', name: 'logo.png', size: 800, contentType: 'image/png', isInline: true },
    ],
    body: { getAsync: answers(succeeded('Hierbij het advies over het Stationsplein.')) },
    loadCustomPropertiesAsync: answers(succeeded({})),
    ...overrides,
  };
}
