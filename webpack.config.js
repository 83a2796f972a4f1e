// Builds the Outlook task pane, the ribbon/on-send commands, the sign-in dialog, the help page
// and the local workbench. `npm run build` -> dist/ (production); scripts/start.ts runs the same
// config in development. Every URL in manifest.xml names a file this build writes
// (test/manifest/manifest-build.test.ts checks it against `outputFiles` below).
const path = require('node:path');
const fs = require('node:fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;
const src = (...parts) => path.join(root, 'src', ...parts);

const swcOptions = (production) => ({
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic', development: !production } },
    target: 'es2020',
  },
  minify: false,
});

/** The first existing file among the candidates. */
const firstExisting = (...candidates) => candidates.map((c) => src(...c)).find(fs.existsSync);

const commandsEntry = firstExisting(
  ['commands', 'commands.ts'],
  ['commands', 'index.ts'],
  ['commands', 'main.ts'],
);

/**
 * Bundles whose file name other parties fix: classic Outlook on Windows loads the commands as
 * `commands.js` (manifest `Commands.Js.Url`, the on-send allow-list), so it carries no hash.
 */
const FIXED_NAMES = { commands: 'commands.js' };

/** What a page shows before any script runs; React replaces it on its first render. */
const shellOf = (surface, file) => () => fs.readFileSync(src(surface, file), 'utf8').trim();
const paneShell = shellOf('taskpane', 'pane-shell.html');
const teamsShell = shellOf('teams', 'teams-shell.html');

/**
 * Lazy chunks a page needs for its first view, per entry, preloaded by the pages that load that
 * entry so the browser fetches them while it parses. The pane: the core (assessment and relevance
 * weights); the Graph side is not hinted, as a prefetch at parse time competed with the pane's own
 * scripts and slowed the first view. The Teams tab: its view (React, Fluent UI, the message list),
 * which runs once the tab has asked for the first page of messages.
 */
const FIRST_VIEW_HINTS = {
  taskpane: { core: 'preload' },
  teams: { 'teams-view': 'preload' },
};

/** Adds `<link rel=preload|prefetch>` for the hinted chunk groups to the pages of an entry. */
class ChunkHintsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('ChunkHintsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        'ChunkHintsPlugin',
        (data) => {
          const entries = data.plugin.userOptions.chunks ?? [];
          const wanted = Object.entries(FIRST_VIEW_HINTS)
            .filter(([entry]) => entries.includes(entry))
            .flatMap(([, hints]) => Object.entries(hints));
          if (wanted.length === 0) return data;
          const loaded = new Set(data.headTags.map((tag) => tag.attributes.src));
          const hints = wanted.flatMap(([name, rel]) =>
            [...(compilation.namedChunkGroups.get(name)?.chunks ?? [])]
              .flatMap((chunk) => [...chunk.files])
              .filter((file) => file.endsWith('.js') && !loaded.has(file))
              .map((href) =>
                HtmlWebpackPlugin.createHtmlTagObject('link', { rel, as: 'script', href }),
              ),
          );
          const unique = [...new Map(hints.map((tag) => [tag.attributes.href, tag])).values()];
          return { ...data, headTags: [...unique, ...data.headTags] };
        },
      );
    });
  }
}

/** Static pages copied as they are (the manifest's SupportUrl). */
const STATIC_PAGES = [{ from: 'src/help/help.html', to: 'help.html' }];

/**
 * The tenant's own SharePoint host from the build settings (BRONVAST_SITE_HOSTNAME, the same
 * setting src/host/addin-config.ts reads): upload sessions and download URLs live there. A plain
 * host name only; a wildcard or anything else that would widen the policy stops the build.
 */
function tenantSharePointHost() {
  const host = (process.env.BRONVAST_SITE_HOSTNAME ?? 'bronvast.sharepoint.com')
    .trim()
    .toLowerCase();
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(host)) {
    throw new Error(`BRONVAST_SITE_HOSTNAME is not a host name: '${host}'`);
  }
  return host;
}

/**
 * The Content-Security-Policy of every built page: its own scripts and Office.js only (no
 * inline script, no eval), styles inline for Fluent UI (Griffel inserts them at run time), and
 * connections in production only to Microsoft Graph, sign-in and the tenant's own SharePoint host
 * (upload and download URLs; never every `*.sharepoint.com`), to the local record system on any
 * loopback port in development.
 */
const contentSecurityPolicy = (production) =>
  [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    production
      ? `connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com https://${tenantSharePointHost()}`
      : "connect-src 'self' http://localhost:* http://127.0.0.1:* https://localhost:* https://127.0.0.1:*",
    production ? "frame-src 'self' https://login.microsoftonline.com" : "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

/** The page around a bundle; office.js from Microsoft's CDN only where Office hosts the page. */
const pageHtml = ({ title, officeJs, shell = '', policy }) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${officeJs ? `<script src="${officeJs}"></script>` : ''}
  </head>
  <body>
    <div id="root">${shell}</div>
  </body>
</html>`;

const page = (filename, chunks, options) =>
  new HtmlWebpackPlugin({
    filename,
    chunks,
    chunksSortMode: 'manual',
    templateContent: pageHtml({
      ...options,
      // The workbench's pages always talk to the local record system, also in a production build.
      policy: contentSecurityPolicy(options.production && !options.local),
    }),
  });

/** Webpack configuration factory (webpack-cli calls it with `--mode`). */
function createConfig(_env = {}, argv = {}) {
  const production = (argv.mode ?? 'production') === 'production';
  const outputPath = argv.outputPath ?? path.join(root, 'dist');
  const entry = {
    taskpane: src('taskpane', 'index.ts'),
    workbench: src('workbench', 'index.tsx'),
    'workbench-frame': src('workbench', 'pane-config-entry.ts'),
    teams: src('teams', 'index.tsx'),
    'teams-config': src('teams', 'config.tsx'),
    'workbench-teams-frame': src('workbench', 'teams', 'teams-frame-entry.ts'),
    signin: src('signin', 'index.ts'),
    review: src('review', 'index.tsx'),
    ...(commandsEntry ? { commands: commandsEntry } : {}),
  };
  const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
  const hashed = production ? '[name].[contenthash:8].js' : '[name].js';
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    // Production maps name files and lines but carry no sources; development maps without eval,
    // which the pages' Content-Security-Policy does not allow.
    devtool: production ? 'nosources-source-map' : 'cheap-module-source-map',
    entry,
    output: {
      path: outputPath,
      filename: (pathData) => FIXED_NAMES[pathData.chunk?.name] ?? hashed,
      chunkFilename: hashed,
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
      // xmlbuilder2 (the exports' XML) imports Node's `url` for two helpers.
      fallback: { url: src('exports', 'url-shim.ts') },
      // unpdf looks for pdfjs-dist's font data in Node only (`import.meta.resolve` in a guarded
      // branch); the browser build reads text without it.
      alias: { 'pdfjs-dist/package.json': false },
    },
    module: {
      rules: [
        {
          test: /\.(ts|tsx)$/,
          exclude: /node_modules/,
          use: { loader: 'swc-loader', options: swcOptions(production) },
        },
      ],
    },
    optimization: {
      // The commands bundle runs in classic Outlook's JS runtime: one file, no shared chunks.
      splitChunks: { chunks: (chunk) => chunk.name !== 'commands' },
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin(buildTimeSettings()),
      page('taskpane.html', ['taskpane'], {
        production,
        title: 'Bronvast',
        officeJs,
        shell: paneShell(),
      }),
      page('workbench-pane.html', ['workbench-frame', 'taskpane'], {
        production,
        local: true,
        title: 'Bronvast',
        shell: paneShell(),
      }),
      new ChunkHintsPlugin(),
      ...(commandsEntry
        ? [
            page('workbench-commands.html', ['workbench-frame', 'commands'], {
              production,
              local: true,
              title: 'Bronvast',
            }),
          ]
        : []),
      page('signin.html', ['signin'], { production, title: 'Bronvast: aanmelden', officeJs }),
      page('teams.html', ['teams'], { production, title: 'Bronvast', shell: teamsShell() }),
      page('teams-config.html', ['teams-config'], { production, title: 'Bronvast toevoegen' }),
      page('workbench-teams.html', ['workbench-teams-frame', 'teams'], {
        production,
        local: true,
        title: 'Bronvast',
        shell: teamsShell(),
      }),
      page('workbench.html', ['workbench'], {
        production,
        local: true,
        title: 'Bronvast werkbank',
      }),
      page('review.html', ['review'], { production, local: true, title: 'Bronvast: beoordelen' }),
      page('index.html', ['workbench'], { production, local: true, title: 'Bronvast werkbank' }),
      ...(commandsEntry
        ? [page('commands.html', ['commands'], { production, title: 'Bronvast', officeJs })]
        : []),
      ...copyAssets(),
    ],
  };
}

/** Tenant settings fixed at build time (see src/host/addin-config.ts). */
function buildTimeSettings() {
  const names = [
    'BRONVAST_CLIENT_ID',
    'BRONVAST_SITE_HOSTNAME',
    'BRONVAST_SITE_PATH',
    'BRONVAST_ORGANISATION_DOMAINS',
    'BRONVAST_RECORDS_MANAGERS_GROUP',
  ];
  const settings = names.map((name) => [
    `process.env.${name}`,
    process.env[name] === undefined ? 'undefined' : JSON.stringify(process.env[name]),
  ]);
  // Any other `process.env` read in browser code finds nothing, rather than failing to load.
  return Object.fromEntries([...settings, ['process.env', '({})']]);
}

/** Static files beside the bundles (icons, the manifest, the allow-list, the help page). */
function copyAssets() {
  const patterns = [
    { from: 'assets', to: 'assets', noErrorOnMissing: true },
    { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true },
    { from: '.well-known', to: '.well-known', noErrorOnMissing: true },
    ...STATIC_PAGES,
  ].filter((pattern) => fs.existsSync(path.join(root, pattern.from)));
  return patterns.length === 0 ? [] : [new CopyWebpackPlugin({ patterns })];
}

/**
 * The files at fixed paths a production build writes, without building: the HTML pages, the
 * bundles with a fixed name and the copied files (folders listed file by file). Hashed chunks
 * are left out; nothing outside the build may name them.
 */
function outputFiles() {
  const config = createConfig({}, { mode: 'production' });
  const pages = config.plugins
    .filter((plugin) => plugin instanceof HtmlWebpackPlugin)
    .map((plugin) => plugin.userOptions.filename);
  const bundles = Object.keys(config.entry).flatMap((name) => FIXED_NAMES[name] ?? []);
  const copied = config.plugins
    .filter((plugin) => plugin instanceof CopyWebpackPlugin)
    .flatMap((plugin) => plugin.patterns)
    .flatMap(({ from, to }) => filesUnder(from, to));
  return [...pages, ...bundles, ...copied].sort();
}

function filesUnder(from, to) {
  const source = path.join(root, from);
  if (!fs.statSync(source).isDirectory()) return [to];
  return fs
    .readdirSync(source, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.posix.join(to, path.relative(source, path.join(entry.parentPath, entry.name))),
    );
}

module.exports = createConfig;
module.exports.outputFiles = outputFiles;
