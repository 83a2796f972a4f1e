// Builds the Outlook task pane, the ribbon/on-send commands and the local workbench.
// `npm run build` -> dist/ (production); scripts/start.ts runs the same config in development.
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

/** The first existing file among the candidates: the host engineers own these entry points. */
const firstExisting = (...candidates) => candidates.map((c) => src(...c)).find(fs.existsSync);

const commandsEntry = firstExisting(
  ['commands', 'commands.ts'],
  ['commands', 'index.ts'],
  ['commands', 'main.ts'],
);

/** The page around a bundle; office.js from Microsoft's CDN only where Office hosts the page. */
const pageHtml = ({ title, officeJs }) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${officeJs ? `<script src="${officeJs}"></script>` : ''}
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const page = (filename, chunks, options) =>
  new HtmlWebpackPlugin({
    filename,
    chunks,
    chunksSortMode: 'manual',
    templateContent: pageHtml(options),
  });

/** Webpack configuration factory (webpack-cli calls it with `--mode`). */
function createConfig(_env = {}, argv = {}) {
  const production = (argv.mode ?? 'production') === 'production';
  const outputPath = argv.outputPath ?? path.join(root, 'dist');
  const entry = {
    taskpane: src('taskpane', 'index.tsx'),
    workbench: src('workbench', 'index.tsx'),
    'workbench-frame': src('workbench', 'pane-config-entry.ts'),
    ...(commandsEntry ? { commands: commandsEntry } : {}),
  };
  const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
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
      page('taskpane.html', ['taskpane'], { title: 'Bronvast', officeJs }),
      page('workbench-pane.html', ['workbench-frame', 'taskpane'], { title: 'Bronvast' }),
      ...(commandsEntry
        ? [page('workbench-commands.html', ['workbench-frame', 'commands'], { title: 'Bronvast' })]
        : []),
      page('workbench.html', ['workbench'], { title: 'Bronvast werkbank' }),
      page('index.html', ['workbench'], { title: 'Bronvast werkbank' }),
      ...(commandsEntry
        ? [page('commands.html', ['commands'], { title: 'Bronvast', officeJs })]
        : []),
      ...copyAssets(),
    ],
  };
}

/** Tenant settings fixed at build time (see src/taskpane/pane-config.ts). */
function buildTimeSettings() {
  const names = [
    'BRONVAST_CLIENT_ID',
    'BRONVAST_SITE_HOSTNAME',
    'BRONVAST_SITE_PATH',
    'BRONVAST_ORGANISATION_DOMAINS',
  ];
  const settings = names.map((name) => [
    `process.env.${name}`,
    process.env[name] === undefined ? 'undefined' : JSON.stringify(process.env[name]),
  ]);
  // Any other `process.env` read in browser code finds nothing, rather than failing to load.
  return Object.fromEntries([...settings, ['process.env', '({})']]);
}

/** Static files beside the bundles (icons, the manifest, the allow-list for on-send calls). */
function copyAssets() {
  const patterns = [
    { from: 'assets', to: 'assets', noErrorOnMissing: true },
    { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true },
    { from: '.well-known', to: '.well-known', noErrorOnMissing: true },
  ].filter((pattern) => fs.existsSync(path.join(root, pattern.from)));
  return patterns.length === 0 ? [] : [new CopyWebpackPlugin({ patterns })];
}

module.exports = createConfig;
