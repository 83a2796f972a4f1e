/**
 * `npm start`: the local record system, the workbench build and the workbench page, on one
 * machine and without a Microsoft account. Ctrl+C (or `npm stop`) stops everything.
 *
 * Environment: PORT (workbench, default 3000), EMULATOR_PORT (default 4000; a free port when
 * taken), BRONVAST_EMULATOR_DATA (default .data/emulator), BRONVAST_WORKBENCH_BUILD
 * (`development`, the default, rebuilds on change; `production` serves the minified build).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';
import { loopbackOrigins, startEmulator, type RunningEmulator } from '../emulator/main';
import { seedWeekMailInFolder } from '../emulator/seed/seed-week-mail';
import { serveStatic, type StaticServer } from './serve/static-server';
import { RECORDS_MANAGERS_GROUP } from '../emulator/seed/users';
import { registerInstance } from './start-instances';

const repo = path.resolve(__dirname, '..');

/** How to start the workbench. */
export interface WorkbenchOptions {
  readonly port?: number;
  readonly emulatorPort?: number;
  readonly emulatorDataDir?: string;
  readonly mode?: 'development' | 'production';
  /** Where the build goes (default .data/workbench-<mode>). */
  readonly outputPath?: string;
  /** Rebuild on change (default: in development). */
  readonly watch?: boolean;
  readonly log?: (line: string) => void;
  /** Give the demo mailbox ten weeks of generated mail ("nog vastleggen"); `npm start` does. */
  readonly demoWeeks?: boolean;
}

/** A running workbench: its URL, the emulator behind it, and how to stop both. */
export interface RunningWorkbench {
  readonly url: string;
  readonly emulator: RunningEmulator;
  readonly outputPath: string;
  /** Stops the emulator only (tests take the record system away mid-filing). */
  readonly stopEmulator: () => Promise<void>;
  /** Starts it again on the same port and data. */
  readonly startEmulatorAgain: () => Promise<void>;
  readonly close: () => Promise<void>;
}

/** Starts emulator, build and page server; resolves once the page can be loaded. */
export async function startWorkbench(options: WorkbenchOptions = {}): Promise<RunningWorkbench> {
  const log = options.log ?? ((line: string) => console.log(line));
  const mode = options.mode ?? 'development';
  const dataDir = options.emulatorDataDir ?? path.join(repo, '.data', 'emulator');
  const outputPath = options.outputPath ?? path.join(repo, '.data', `workbench-${mode}`);
  mkdirSync(dataDir, { recursive: true });
  if (options.demoWeeks === true) await seedWeekMailInFolder(dataDir);
  const emulatorPort = options.emulatorPort ?? 4000;
  // The record system grants CORS to the page server's origins only, known once it listens.
  let pageOrigins: readonly string[] = [];
  const allowedOrigins = () => pageOrigins;
  let emulator = await startEmulatorOnFreePort(dataDir, emulatorPort, allowedOrigins);
  log(`Lokaal archiefsysteem (Graph-emulator): ${emulator.baseUrl}`);
  const build = await buildWorkbench(
    mode,
    outputPath,
    options.watch ?? mode === 'development',
    log,
  );
  const server = await serveStatic({
    root: outputPath,
    port: options.port ?? 3000,
    config: () => ({
      graphBaseUrl: emulator.baseUrl,
      recordsManagersGroup: RECORDS_MANAGERS_GROUP.id,
      downloadOrigin: emulator.downloadOrigin,
      sharedMailboxes: emulator.sharedMailboxes(),
    }),
  });
  pageOrigins = loopbackOrigins(server.url);
  return {
    url: server.url,
    get emulator() {
      return emulator;
    },
    outputPath,
    stopEmulator: () => emulator.close(),
    startEmulatorAgain: async () => {
      emulator = await startEmulator({
        port: Number(new URL(emulator.url).port),
        downloadPort: Number(new URL(emulator.downloadOrigin).port),
        dataDir,
        allowedOrigins,
      });
    },
    close: () => closeAll(build, server, () => emulator.close()),
  };
}

async function startEmulatorOnFreePort(
  dataDir: string,
  port: number,
  allowedOrigins: () => readonly string[],
): Promise<RunningEmulator> {
  try {
    return await startEmulator({ port, dataDir, allowedOrigins });
  } catch (error: unknown) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EADDRINUSE')) throw error;
    return startEmulator({ port: 0, dataDir, allowedOrigins });
  }
}

interface Build {
  readonly close: () => Promise<void>;
}

/** Builds the bundles once (and keeps rebuilding on change when watching). */
async function buildWorkbench(
  mode: 'development' | 'production',
  outputPath: string,
  watch: boolean,
  log: (line: string) => void,
): Promise<Build> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const createConfig = require('../webpack.config.js') as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const compiler = webpack(createConfig({}, { mode, outputPath }));
  log(`Werkbank wordt gebouwd (${mode})…`);
  const report = (
    error: Error | null | undefined,
    stats: webpack.Stats | undefined,
  ): string | null => {
    if (error) return error.message;
    if (stats?.hasErrors()) return stats.toString({ all: false, errors: true });
    return null;
  };
  if (!watch) {
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => {
        const problem = report(error, stats);
        if (problem === null) resolve();
        else reject(new Error(problem));
      }),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    return { close: async () => undefined };
  }
  let settle: ((problem: string | null) => void) | null = null;
  const firstBuild = new Promise<string | null>((resolve) => (settle = resolve));
  const watching = compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
    const problem = report(error, stats);
    if (settle !== null) {
      settle(problem);
      settle = null;
    } else log(problem ?? 'Werkbank opnieuw gebouwd.');
  });
  const problem = await firstBuild;
  if (problem !== null) throw new Error(problem);
  return {
    close: () =>
      new Promise<void>((resolve) => (watching ? watching.close(() => resolve()) : resolve())),
  };
}

async function closeAll(
  build: Build,
  server: StaticServer,
  emulator: () => Promise<void>,
): Promise<void> {
  await Promise.allSettled([build.close(), server.close(), emulator()]);
}

/** The records manager's review page, signed in as the demo records manager. */
export function reviewPageUrl(workbenchUrl: string): string {
  return new URL('review.html', workbenchUrl.endsWith('/') ? workbenchUrl : `${workbenchUrl}/`)
    .href;
}

async function main(): Promise<void> {
  const mode = process.env.BRONVAST_WORKBENCH_BUILD === 'production' ? 'production' : 'development';
  const workbench = await startWorkbench({
    port: Number(process.env.PORT ?? 3000),
    emulatorPort: Number(process.env.EMULATOR_PORT ?? 4000),
    mode,
    demoWeeks: true,
    ...(process.env.BRONVAST_EMULATOR_DATA
      ? { emulatorDataDir: process.env.BRONVAST_EMULATOR_DATA }
      : {}),
  });
  // `npm stop` finds this instance by its own record, which it alone removes.
  const unregister = await registerInstance(workbench.url);
  console.log(`\nBronvast werkbank: ${workbench.url}\n(Ctrl+C of "npm stop" stopt alles)`);
  console.log(`Teams-tabblad (Microsoft Teams): ${new URL('?surface=teams', workbench.url).href}`);
  console.log(
    `Beoordelingspagina (informatiebeheerder Marloes Bakker): ${reviewPageUrl(workbench.url)}`,
  );
  const stop = async (): Promise<void> => {
    unregister();
    await workbench.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
