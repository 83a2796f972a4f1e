import type {
  OfficeCustomProperties,
  OfficeEmailAddress,
  OfficeMailboxItem,
  OfficeNotification,
} from '../../host/office-subset';
import { respond } from './async-result';
import type { StandInCompose, StandInDraft } from './standin-options';

const toAddress = (value: string): OfficeEmailAddress => ({
  displayName: '',
  emailAddress: value.trim(),
});

/**
 * The compose window's draft as Office's compose item: subject, recipients and body read the
 * draft at call time; internet headers and custom properties write back to the workbench.
 */
export function composeItem(
  compose: StandInCompose,
  onNotice: (key: string, notice: OfficeNotification) => void,
): OfficeMailboxItem {
  const draft = (): StandInDraft =>
    compose.draft() ?? { to: [], cc: [], subject: '', body: '', headers: {}, properties: {} };
  return {
    itemType: 'message',
    subject: { getAsync: (callback) => respond(callback, () => draft().subject) },
    to: { getAsync: (callback) => respond(callback, () => draft().to.map(toAddress)) },
    cc: { getAsync: (callback) => respond(callback, () => draft().cc.map(toAddress)) },
    body: { getAsync: (_type, callback) => respond(callback, () => draft().body) },
    internetHeaders: {
      getAsync: (names, callback) => respond(callback, () => pick(draft().headers, names)),
      setAsync: (headers, callback) =>
        respond(callback, () =>
          compose.updateDraft({ headers: { ...draft().headers, ...headers } }),
        ),
      removeAsync: (names, callback) =>
        respond(callback, () => compose.updateDraft({ headers: omit(draft().headers, names) })),
    },
    getAttachmentsAsync: (callback) => respond(callback, () => []),
    loadCustomPropertiesAsync: (callback) =>
      respond(callback, () => draftProperties(compose, draft)),
    notificationMessages: {
      replaceAsync: (key, details, callback) => respond(callback, () => onNotice(key, details)),
    },
  };
}

/** Custom properties over the draft: changes stay local until `saveAsync`, as in Office. */
function draftProperties(
  compose: StandInCompose,
  draft: () => StandInDraft,
): OfficeCustomProperties {
  const values = new Map(Object.entries(draft().properties));
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    remove: (name) => void values.delete(name),
    saveAsync: (callback) =>
      respond(callback, () => compose.updateDraft({ properties: Object.fromEntries(values) })),
  };
}

/** Header lookup is case-insensitive, as in mail; the answer uses the names asked for. */
function pick(
  headers: Readonly<Record<string, string>>,
  names: readonly string[],
): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase());
    if (found !== undefined) picked[name] = found[1];
  }
  return picked;
}

function omit(
  headers: Readonly<Record<string, string>>,
  names: readonly string[],
): Record<string, string> {
  const lower = new Set(names.map((name) => name.toLowerCase()));
  return Object.fromEntries(
    Object.entries(headers).filter(([key]) => !lower.has(key.toLowerCase())),
  );
}
