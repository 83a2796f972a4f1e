import { child, descendants, type XmlElement } from './xml-tree';
import { inner, manifest, names, outer, type } from './manifest-fixture';

/** Whether `actual` lists names in the order `expected` gives them (others may be missing). */
function inOrder(actual: readonly string[], expected: readonly string[]): boolean {
  const positions = actual.map((name) => expected.indexOf(name));
  return positions.every(
    (position, index) => position >= 0 && (index === 0 || position >= (positions[index - 1] ?? 0)),
  );
}

describe('manifest.xml, the add-in', () => {
  it('is a MailApp with a unique, well-formed GUID', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(type(manifest)).toBe('MailApp');
    const id = child(manifest, 'Id').text;
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    // The GUIDs of the Yeoman and Office-Addin-TaskPane templates: a copied one collides.
    expect([
      '05c2e1c9-3e1d-406e-9a91-e9ac64854143',
      '00000000-0000-0000-0000-000000000000',
    ]).not.toContain(id);
  });

  it('has its top-level elements in the order the schema demands', () => {
    const order = [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'FormSettings',
      'Permissions',
      'Rule',
      'DisableEntityHighlighting',
      'VersionOverrides',
    ];
    expect(inOrder(names(manifest.children), order)).toBe(true);
  });

  it('orders VersionOverrides 1.0 as Requirements, Hosts, Resources, with 1.1 as the last child', () => {
    expect(type(outer)).toBe('VersionOverridesV1_0');
    expect(names(outer.children)).toEqual([
      'Requirements',
      'Hosts',
      'Resources',
      'VersionOverrides',
    ]);
    expect(type(inner)).toBe('VersionOverridesV1_1');
    expect(names(inner.children)).toEqual(['Requirements', 'Hosts', 'Resources']);
  });

  it('asks Mailbox 1.3 for commands and 1.12 for the 1.1 block (Smart Alerts)', () => {
    const minVersion = (block: XmlElement) =>
      child(child(block, 'Requirements'), 'bt:Sets').attributes.DefaultMinVersion;
    expect(minVersion(outer)).toBe('1.3');
    expect(minVersion(inner)).toBe('1.12');
  });

  it('puts Runtimes before the form factor, and FunctionFile before the extension points', () => {
    const host = child(child(inner, 'Hosts'), 'Host');
    expect(names(host.children)).toEqual(['Runtimes', 'DesktopFormFactor']);
    for (const block of [outer, inner]) {
      const formFactor = child(child(child(block, 'Hosts'), 'Host'), 'DesktopFormFactor');
      // SupportsSharedFolders, valid in VersionOverrides 1.1 only, comes first.
      const order = names(formFactor.children).filter((name) => name !== 'SupportsSharedFolders');
      expect(order[0]).toBe('FunctionFile');
      expect(order.slice(1).every((name) => name === 'ExtensionPoint')).toBe(true);
    }
  });

  it('runs in shared folders and shared mailboxes, declared where the schema allows it', () => {
    const formFactor = (block: XmlElement) =>
      child(child(child(block, 'Hosts'), 'Host'), 'DesktopFormFactor');
    expect(names(formFactor(outer).children)).not.toContain('SupportsSharedFolders');
    const [first] = formFactor(inner).children;
    expect(first?.name).toBe('SupportsSharedFolders');
    expect(first?.text).toBe('true');
  });

  it('serves every URL over https from one origin', () => {
    const urls = descendants(manifest).flatMap((element) => [
      ...Object.values(element.attributes).filter((value) => /^[a-z]+:\/\//i.test(value)),
      ...(/^[a-z]+:\/\//i.test(element.text) ? [element.text] : []),
    ]);
    expect(urls.length).toBeGreaterThan(10);
    const schemaNamespaces = urls.filter(
      (url) =>
        url.startsWith('http://schemas.microsoft.com/') || url.startsWith('http://www.w3.org/'),
    );
    const served = urls.filter((url) => !schemaNamespaces.includes(url));
    expect(served.filter((url) => !url.startsWith('https://'))).toEqual([]);
    expect(new Set(served.map((url) => new URL(url).origin))).toEqual(
      new Set(['https://localhost:3000']),
    );
  });
});
