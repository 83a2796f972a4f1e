import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { descendants } from './xml-tree';
import { manifest, root } from './manifest-fixture';

interface WebpackConfigModule {
  readonly outputFiles: () => string[];
}

// The config is CommonJS; its `outputFiles` lists what a production build writes, without building.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as WebpackConfigModule;

/** Every file URL the manifest names (element text, attribute values); AppDomain is an origin. */
function manifestUrls(): string[] {
  const elements = descendants(manifest).filter((element) => element.name !== 'AppDomain');
  const values = elements.flatMap((element) => [
    element.text,
    ...Object.values(element.attributes),
  ]);
  return [...new Set(values.filter((value) => /^https:\/\//.test(value)))];
}

describe('manifest.xml and the production build', () => {
  const built = new Set(config.outputFiles());

  it('declares the pages and the fixed-name bundle Outlook loads', () => {
    for (const file of [
      'taskpane.html',
      'commands.html',
      'commands.js',
      'signin.html',
      'help.html',
    ])
      expect(built).toContain(file);
  });

  it.each(manifestUrls())('builds the file behind %s', (url) => {
    const { pathname, search, hash } = new URL(url);
    expect(search + hash).toBe('');
    expect(built).toContain(pathname.replace(/^\//, ''));
  });

  it('builds the sign-in page the Office dialog opens', () => {
    const config = readFileSync(join(root, 'src/host/addin-config.ts'), 'utf8');
    const dialogPage = /\/([\w-]+\.html)`/.exec(config)?.[1];
    expect(dialogPage).toBe('signin.html');
    expect(built).toContain('signin.html');
  });

  it('builds every URL of the on-send allow-list', () => {
    const allowList = JSON.parse(
      readFileSync(join(root, '.well-known', 'microsoft-officeaddins-allowed.json'), 'utf8'),
    ) as { allowed: string[] };
    for (const url of allowList.allowed) expect(built).toContain(new URL(url).pathname.slice(1));
  });
});
