/**
 * The app manifest for Microsoft 365 (the "unified" manifest, manifestVersion 1.17 and later)
 * that carries Bronvast's Outlook add-in (`extensions`) and its Teams tabs in one package, made
 * from manifest.xml and the Teams manifest so the three never disagree. Property by property as
 * https://learn.microsoft.com/office/dev/add-ins/develop/unified-manifest-overview and the
 * XML-to-unified mapping (https://learn.microsoft.com/office/dev/add-ins/develop/xml-versus-unified-manifest) say.
 */
import type { AddinButton, AddinGroup, LocalisedString, XmlAddin } from './xml-add-in';

type Json = Record<string, unknown>;

/** Runtime and action ids of the add-in in the app manifest. */
export const RUNTIMES = { taskpane: 'TaskPaneRuntime', commands: 'CommandsRuntime' } as const;
/** The action that opens the pane from a read or compose button. */
const openPane = (surface: 'read' | 'compose') => `openPane.${surface}`;

/** The app manifest and its English localisation. */
export interface UnifiedManifest {
  readonly manifest: Json;
  readonly english: Readonly<Record<string, string>>;
}

/**
 * The app manifest: the Teams manifest (tabs, sign-in, names) with the add-in's id, the Outlook
 * permissions and the `extensions` element made from manifest.xml; English strings of the
 * ribbon go to the localisation file, Dutch stays the default, as in manifest.xml.
 */
export function unifiedManifest(
  teams: Json,
  teamsEnglish: Readonly<Record<string, string>>,
  addin: XmlAddin,
): UnifiedManifest {
  const english: Record<string, string> = { ...teamsEnglish };
  const ribbons = [
    ribbon('mailRead', addin, addin.readGroup, addin.readButtons, 0, english),
    ribbon('mailCompose', addin, addin.composeGroup, addin.composeButtons, 1, english),
  ];
  const manifest: Json = {
    ...teams,
    id: addin.id,
    name: { short: 'Bronvast', full: 'Bronvast: e-mail en besluiten vastleggen als archiefstuk' },
    description: {
      short: 'Leg e-mail en besluiten uit chats vast in het dossier.',
      full: 'Bronvast beoordeelt e-mail in Outlook en besluiten in Teams op beleidsrelevantie, dossier en Woo-openbaarheid, en legt ze met één klik vast als archiefstuk in het dossier in SharePoint. Bronvast werkt met de rechten van de gebruiker zelf en heeft geen eigen server.',
    },
    authorization: {
      permissions: {
        resourceSpecific: [
          // ReadWriteItem in manifest.xml; shared folders and mailboxes (SupportsSharedFolders).
          { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
          ...(addin.supportsSharedFolders
            ? [{ name: 'Mailbox.SharedFolder', type: 'Delegated' }]
            : []),
        ],
      },
    },
    extensions: [
      {
        requirements: {
          scopes: ['mail'],
          capabilities: [{ name: 'Mailbox', minVersion: '1.3' }],
          formFactors: ['desktop'],
        },
        runtimes: runtimes(addin),
        ribbons,
        autoRunEvents: autoRunEvents(addin),
        // With alternateIcons, Microsoft 365 makes an XML manifest from this one for the
        // clients that do not read app manifests (classic Outlook before 2304, Mac, LTSC).
        alternates: [
          {
            alternateIcons: {
              icon: { size: 64, url: addin.iconUrl },
              highResolutionIcon: { size: 64, url: addin.highResolutionIconUrl },
            },
          },
        ],
      },
    ],
  };
  english['name.full'] = 'Bronvast: file e-mail and decisions as records';
  english['description.short'] = 'File e-mail and decisions from chats in their dossier.';
  english['description.full'] =
    'Bronvast assesses e-mail in Outlook and decisions in Teams for policy relevance, dossier and Woo disclosure, and files them as records in the dossier in SharePoint in one click. Bronvast works with the user’s own rights and has no server of its own.';
  return { manifest, english };
}

function runtimes(addin: XmlAddin): Json[] {
  const panes = [...addin.readButtons, ...addin.composeButtons].filter(
    (button) => button.action.kind === 'taskpane',
  );
  const functions = [
    ...[...addin.readButtons, ...addin.composeButtons].flatMap((button) =>
      button.action.kind === 'function' ? [button.action.name] : [],
    ),
    ...addin.launchEvents.map((event) => event.functionName),
  ];
  return [
    {
      id: RUNTIMES.taskpane,
      type: 'general',
      code: { page: addin.urls.taskpane },
      lifetime: 'long',
      actions: uniqueBy(panes.map(paneAction), (action) => String(action['id'])),
    },
    {
      id: RUNTIMES.commands,
      type: 'general',
      // Web and new Outlook load the page; classic Outlook on Windows runs the script alone.
      code: { page: addin.urls.commands, script: addin.urls.commandsJs },
      lifetime: 'short',
      actions: [...new Set(functions)].map((name) => ({ id: name, type: 'executeFunction' })),
    },
  ];
}

function paneAction(button: AddinButton): Json {
  if (button.action.kind !== 'taskpane') return {};
  const compose = !button.action.pinnable;
  return {
    id: openPane(compose ? 'compose' : 'read'),
    type: 'openPage',
    ...(button.action.pinnable ? { pinnable: true } : {}),
    ...(button.action.multiSelect ? { multiselect: true } : {}),
    ...(button.action.noItemContext ? { supportsNoItemContext: true } : {}),
  };
}

function ribbon(
  context: 'mailRead' | 'mailCompose',
  addin: XmlAddin,
  group: AddinGroup,
  buttons: readonly AddinButton[],
  index: number,
  english: Record<string, string>,
): Json {
  const at = `extensions[0].ribbons[${index}].tabs[0].groups[0]`;
  const icons = [16, 32, 80].map((size) => ({ size, url: addin.images[size] ?? '' }));
  translate(english, `${at}.label`, group.label);
  const controls = buttons.map((button, position) => {
    const path = `${at}.controls[${position}]`;
    translate(english, `${path}.label`, button.label);
    translate(english, `${path}.supertip.title`, button.label);
    translate(english, `${path}.supertip.description`, button.tooltip);
    return {
      id: button.id,
      type: 'button',
      label: button.label.nl,
      icons,
      supertip: { title: button.label.nl, description: button.tooltip.nl },
      actionId:
        button.action.kind === 'function'
          ? button.action.name
          : openPane(context === 'mailRead' ? 'read' : 'compose'),
    };
  });
  return {
    contexts: [context],
    tabs: [
      {
        builtInTabId: 'TabDefault',
        groups: [{ id: group.id, label: group.label.nl, icons, controls }],
      },
    ],
  };
}

function autoRunEvents(addin: XmlAddin): Json[] {
  // OnMessageSend of manifest.xml is `messageSending` here; Smart Alerts need Mailbox 1.12.
  const types: Readonly<Record<string, string>> = { OnMessageSend: 'messageSending' };
  const sendModes: Readonly<Record<string, string>> = {
    PromptUser: 'promptUser',
    SoftBlock: 'softBlock',
    Block: 'block',
  };
  return [
    {
      requirements: { capabilities: [{ name: 'Mailbox', minVersion: '1.12' }] },
      events: addin.launchEvents.map((event) => ({
        type: types[event.type] ?? event.type,
        actionId: event.functionName,
        options: { sendMode: sendModes[event.sendMode] ?? event.sendMode },
      })),
    },
  ];
}

function translate(english: Record<string, string>, key: string, text: LocalisedString): void {
  english[key] = text.en;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true));
}
