import { COMPOSE_PANE_COMMAND, READ_PANE_COMMAND } from '../../src/commands/command-ids';
import { registerCommands } from '../../src/commands/register';
import type { CommandServices } from '../../src/commands/services';
import { child, findAll, type XmlElement } from './xml-tree';
import { inner, isVersionOverrides, manifest, names, outer, type } from './manifest-fixture';

describe('manifest.xml and the command code', () => {
  // The registration itself runs, against an Office global that records what it is given.
  const associated = new Set<string>();
  beforeAll(() => {
    const office = { actions: { associate: (name: string) => associated.add(name) } };
    Object.assign(globalThis, { Office: office });
    registerCommands(commandServicesFake());
    Reflect.deleteProperty(globalThis, 'Office');
  });
  const functionNames = new Set([
    ...findAll(manifest, 'FunctionName').map((element) => element.text),
    ...findAll(manifest, 'LaunchEvent').map((element) => element.attributes.FunctionName),
  ]);

  it('registers exactly the functions the manifest names', () => {
    expect(functionNames).toEqual(new Set(['fileFromRibbon', 'onMessageSendHandler']));
    expect(associated).toEqual(functionNames);
  });

  it('runs the on-send event from the same resource as its runtime, in prompt mode', () => {
    const runtime = findAll(inner, 'Runtime')[0]!;
    const launchPoint = findAll(inner, 'ExtensionPoint').find(
      (point) => type(point) === 'LaunchEvent',
    )!;
    const event = findAll(launchPoint, 'LaunchEvent')[0]!;
    expect(event.attributes).toMatchObject({ Type: 'OnMessageSend', SendMode: 'PromptUser' });
    expect(child(launchPoint, 'SourceLocation').attributes.resid).toBe(runtime.attributes.resid);
    const javascript = child(runtime, 'Override');
    expect(javascript.attributes.type).toBe('javascript');
    const url = (id: string | undefined) =>
      findAll(inner, 'bt:Url').find((element) => element.attributes.id === id)?.attributes
        .DefaultValue;
    expect(url(runtime.attributes.resid)).toMatch(/\.html$/);
    expect(url(javascript.attributes.resid)).toMatch(/\.js$/);
  });

  it('has the task-pane buttons the commands open, pinnable, multi-select on the read surface only', () => {
    const controls = (surface: string) =>
      findAll(inner, 'ExtensionPoint')
        .filter((point) => type(point) === surface)
        .flatMap((point) => findAll(point, 'Control'));
    const read = controls('MessageReadCommandSurface').find(
      (control) => control.attributes.id === READ_PANE_COMMAND,
    )!;
    const compose = controls('MessageComposeCommandSurface').find(
      (control) => control.attributes.id === COMPOSE_PANE_COMMAND,
    )!;
    const action = (control: XmlElement) => child(control, 'Action');
    expect(names(action(read).children)).toEqual([
      'SourceLocation',
      'SupportsPinning',
      'SupportsNoItemContext',
      'SupportsMultiSelect',
    ]);
    expect(child(action(read), 'SupportsPinning').text).toBe('true');
    expect(findAll(action(compose), 'SupportsMultiSelect')).toEqual([]);
    expect(findAll(outer, 'SupportsMultiSelect', isVersionOverrides)).toEqual([]);
  });
});

function commandServicesFake(): CommandServices {
  const unused = (): never => {
    throw new Error('not called while registering');
  };
  return { loadContext: unused, fileItem: unused, language: () => 'nl' };
}
