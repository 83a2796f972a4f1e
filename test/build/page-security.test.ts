import { readFileSync } from 'node:fs';
import path from 'node:path';

interface PagePlugin {
  readonly userOptions: { readonly filename: string; readonly templateContent: string };
}
interface BuildConfig {
  readonly devtool: string;
  readonly plugins: readonly object[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const createConfig = require('../../webpack.config.js') as (
  env: object,
  argv: { mode: string },
) => BuildConfig;

const pagesOf = (mode: string): PagePlugin['userOptions'][] =>
  createConfig({}, { mode })
    .plugins.filter((plugin): plugin is PagePlugin => 'userOptions' in plugin)
    .filter((plugin) => typeof plugin.userOptions.templateContent === 'string')
    .map((plugin) => plugin.userOptions);

const policyOf = (html: string): string =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
const directive = (policy: string, name: string): string =>
  policy.split('; ').find((part) => part.startsWith(`${name} `)) ?? '';
const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter((match) => !/\ssrc=/.test(match[1] ?? ''))
    .map((match) => match[0]);

describe('the pages the build writes', () => {
  it.each(['production', 'development'])(
    'carry a Content-Security-Policy without inline script or eval (%s)',
    (mode) => {
      const pages = pagesOf(mode);
      expect(pages.map((page) => page.filename)).toEqual(
        expect.arrayContaining(['taskpane.html', 'signin.html', 'workbench.html', 'commands.html']),
      );
      for (const page of pages) {
        const policy = policyOf(page.templateContent);
        expect(directive(policy, 'script-src')).toBe(
          "script-src 'self' https://appsforoffice.microsoft.com",
        );
        expect(directive(policy, 'object-src')).toBe("object-src 'none'");
        expect(inlineScripts(page.templateContent)).toEqual([]);
      }
    },
  );

  it('let the Office pages talk to Graph in production and the workbench to the local record system', () => {
    const production = pagesOf('production');
    const connect = (name: string) =>
      directive(
        policyOf(production.find((page) => page.filename === name)?.templateContent ?? ''),
        'connect-src',
      );
    expect(connect('taskpane.html')).toContain('https://graph.microsoft.com');
    expect(connect('taskpane.html')).not.toContain('localhost');
    expect(connect('workbench.html')).toContain('http://localhost:*');
    const development = pagesOf('development').find((page) => page.filename === 'taskpane.html');
    expect(directive(policyOf(development?.templateContent ?? ''), 'connect-src')).toContain(
      'http://127.0.0.1:*',
    );
  });

  it("let production pages connect to the tenant's own SharePoint host only, from the build settings", () => {
    const connect = () =>
      directive(
        policyOf(
          pagesOf('production').find((page) => page.filename === 'teams.html')?.templateContent ??
            '',
        ),
        'connect-src',
      );
    const before = process.env['BRONVAST_SITE_HOSTNAME'];
    try {
      delete process.env['BRONVAST_SITE_HOSTNAME'];
      expect(connect()).toBe(
        "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com https://bronvast.sharepoint.com",
      );
      process.env['BRONVAST_SITE_HOSTNAME'] = 'gemeente.sharepoint.com';
      expect(connect()).toContain('https://gemeente.sharepoint.com');
      expect(connect()).not.toContain('*');
      process.env['BRONVAST_SITE_HOSTNAME'] = '*.sharepoint.com';
      expect(connect).toThrow(/not a host name/);
    } finally {
      if (before === undefined) delete process.env['BRONVAST_SITE_HOSTNAME'];
      else process.env['BRONVAST_SITE_HOSTNAME'] = before;
    }
  });

  it('publish production source maps without the sources, and development maps without eval', () => {
    expect(createConfig({}, { mode: 'production' }).devtool).toBe('nosources-source-map');
    expect(createConfig({}, { mode: 'development' }).devtool).not.toMatch(/eval/);
  });

  it('include a help page with its own policy and no script', () => {
    const help = readFileSync(path.join(__dirname, '..', '..', 'src', 'help', 'help.html'), 'utf8');
    expect(directive(policyOf(help), 'default-src')).toBe("default-src 'none'");
    expect(help).not.toMatch(/<script/);
  });
});
