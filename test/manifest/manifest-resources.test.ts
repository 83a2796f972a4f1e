import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { child, descendants, findAll, type XmlElement } from './xml-tree';
import { inner, manifest, outer, root } from './manifest-fixture';

describe('manifest.xml, resources', () => {
  // Each block resolves its own resids: the 1.1 block's Hosts and Resources replace the 1.0 ones.
  const blocks: [string, XmlElement][] = [
    ['1.0', outer],
    ['1.1', inner],
  ];

  it.each(blocks)(
    'VersionOverrides %s resolves every resid and uses every resource',
    (_label, block) => {
      const resources = child(block, 'Resources');
      const defined = descendants(resources)
        .map((element) => element.attributes.id)
        .filter((id): id is string => id !== undefined);
      const used = descendants(child(block, 'Hosts'))
        .map((element) => element.attributes.resid)
        .filter((resid): resid is string => resid !== undefined);
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((resid) => !defined.includes(resid))).toEqual([]);
      expect(defined.filter((id) => !used.includes(id))).toEqual([]);
      expect(new Set(defined).size).toBe(defined.length);
    },
  );

  it('gives every string a Dutch default and an English override', () => {
    const strings = [
      ...findAll(manifest, 'bt:String'),
      child(manifest, 'DisplayName'),
      child(manifest, 'Description'),
    ];
    for (const string of strings) {
      expect(string.attributes.DefaultValue?.length).toBeGreaterThan(0);
      const overrides = string.children.filter((element) => element.name.endsWith('Override'));
      expect(overrides.map((element) => element.attributes.Locale)).toEqual(['en-US']);
    }
    expect(child(manifest, 'DefaultLocale').text).toBe('nl-NL');
  });

  it('gives every button icon the sizes 16, 32 and 80', () => {
    const icons = findAll(manifest, 'Icon');
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(icon.children.map((image) => image.attributes.size)).toEqual(['16', '32', '80']);
    }
  });

  it('ships every icon as a PNG of the size the manifest promises', () => {
    const wanted = new Map<string, number>();
    for (const image of findAll(manifest, 'bt:Image').filter(
      (element) => element.attributes.DefaultValue,
    )) {
      const size = /^Icon\.(\d+)x\1$/.exec(image.attributes.id ?? '')?.[1];
      wanted.set(image.attributes.DefaultValue!, Number(size));
    }
    wanted.set(child(manifest, 'IconUrl').attributes.DefaultValue!, 64);
    wanted.set(child(manifest, 'HighResolutionIconUrl').attributes.DefaultValue!, 128);
    for (const [url, size] of wanted) {
      const file = join(root, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });
});

/** Width and height from a PNG's IHDR chunk; throws for anything that is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
