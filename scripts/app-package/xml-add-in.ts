/**
 * What manifest.xml says about the Outlook add-in, read once so that the app manifest is made
 * from it: the same id, pages, buttons, handler names, icons and strings, never a second copy.
 */
import { child, findAll, parseXml, type XmlElement } from './xml-tree';

/** A string with its Dutch default and English override. */
export interface LocalisedString {
  readonly nl: string;
  readonly en: string;
}

/** A ribbon button. */
export interface AddinButton {
  readonly id: string;
  readonly label: LocalisedString;
  readonly tooltip: LocalisedString;
  /** `ExecuteFunction` (a handler name) or `ShowTaskpane`. */
  readonly action:
    | { readonly kind: 'function'; readonly name: string }
    | {
        readonly kind: 'taskpane';
        readonly pinnable: boolean;
        readonly noItemContext: boolean;
        readonly multiSelect: boolean;
      };
}

/** A ribbon group. */
export interface AddinGroup {
  readonly id: string;
  readonly label: LocalisedString;
}

/** The add-in as manifest.xml describes it (its VersionOverrides 1.1 for the commands). */
export interface XmlAddin {
  readonly id: string;
  readonly version: string;
  readonly iconUrl: string;
  readonly highResolutionIconUrl: string;
  readonly urls: {
    readonly taskpane: string;
    readonly commands: string;
    readonly commandsJs: string;
  };
  /** Button icons by size (16, 32, 80). */
  readonly images: Readonly<Record<number, string>>;
  readonly readGroup: AddinGroup;
  readonly composeGroup: AddinGroup;
  readonly readButtons: readonly AddinButton[];
  readonly composeButtons: readonly AddinButton[];
  readonly supportsSharedFolders: boolean;
  readonly launchEvents: readonly { type: string; functionName: string; sendMode: string }[];
}

/** Reads manifest.xml (text) into {@link XmlAddin}. */
export function readXmlAddin(xml: string): XmlAddin {
  const root = parseXml(xml);
  const inner = child(child(root, 'VersionOverrides'), 'VersionOverrides');
  const resources = child(inner, 'Resources');
  const strings = stringsOf(resources);
  const urls = new Map(findAll(child(resources, 'bt:Urls'), 'bt:Url').map(idAndValue));
  const images = findAll(child(resources, 'bt:Images'), 'bt:Image').map(idAndValue);
  const formFactor = child(child(child(inner, 'Hosts'), 'Host'), 'DesktopFormFactor');
  const point = (type: string) =>
    formFactor.children.find((element) => element.attributes['xsi:type'] === type);
  const buttons = (type: string) =>
    findAll(point(type) ?? formFactor, 'Control').map((control) => button(control, strings));
  const group = (type: string): AddinGroup => {
    const found = findAll(point(type) ?? formFactor, 'Group')[0];
    return {
      id: found?.attributes['id'] ?? '',
      label: strings(found === undefined ? '' : child(found, 'Label').attributes['resid']),
    };
  };
  return {
    id: child(root, 'Id').text,
    version: child(root, 'Version').text,
    iconUrl: child(root, 'IconUrl').attributes['DefaultValue'] ?? '',
    highResolutionIconUrl: child(root, 'HighResolutionIconUrl').attributes['DefaultValue'] ?? '',
    urls: {
      taskpane: urls.get('Taskpane.Url') ?? '',
      commands: urls.get('Commands.Url') ?? '',
      commandsJs: urls.get('Commands.Js.Url') ?? '',
    },
    images: Object.fromEntries(
      images.map(([id, url]) => [Number(/(\d+)x\d+/.exec(id)?.[1] ?? 0), url]),
    ),
    readGroup: group('MessageReadCommandSurface'),
    composeGroup: group('MessageComposeCommandSurface'),
    readButtons: buttons('MessageReadCommandSurface'),
    composeButtons: buttons('MessageComposeCommandSurface'),
    supportsSharedFolders: formFactor.children.some(
      (element) => element.name === 'SupportsSharedFolders' && element.text === 'true',
    ),
    launchEvents: findAll(formFactor, 'LaunchEvent').map((event) => ({
      type: event.attributes['Type'] ?? '',
      functionName: event.attributes['FunctionName'] ?? '',
      sendMode: event.attributes['SendMode'] ?? '',
    })),
  };
}

function idAndValue(element: XmlElement): [string, string] {
  return [element.attributes['id'] ?? '', element.attributes['DefaultValue'] ?? ''];
}

/** Looks up a short or long string by resid, with its en-US override. */
function stringsOf(resources: XmlElement): (resid: string | undefined) => LocalisedString {
  const all = [
    ...findAll(child(resources, 'bt:ShortStrings'), 'bt:String'),
    ...findAll(child(resources, 'bt:LongStrings'), 'bt:String'),
  ];
  return (resid) => {
    const found = all.find((element) => element.attributes['id'] === resid);
    const nl = found?.attributes['DefaultValue'] ?? '';
    const english = found?.children.find((element) => element.attributes['Locale'] === 'en-US');
    return { nl, en: english?.attributes['Value'] ?? nl };
  };
}

function button(control: XmlElement, strings: ReturnType<typeof stringsOf>): AddinButton {
  const action = child(control, 'Action');
  const flag = (name: string) => action.children.some((e) => e.name === name && e.text === 'true');
  return {
    id: control.attributes['id'] ?? '',
    label: strings(child(control, 'Label').attributes['resid']),
    tooltip: strings(child(child(control, 'Supertip'), 'Description').attributes['resid']),
    action:
      action.attributes['xsi:type'] === 'ExecuteFunction'
        ? { kind: 'function', name: child(action, 'FunctionName').text }
        : {
            kind: 'taskpane',
            pinnable: flag('SupportsPinning'),
            noItemContext: flag('SupportsNoItemContext'),
            multiSelect: flag('SupportsMultiSelect'),
          },
  };
}
