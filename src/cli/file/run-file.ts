import { isGraphCallError } from '../../graph';
import { DEFAULT_MAX_MAIL_MB, inspectPath, megabytes } from '../shared/input-file';
import type { CliIo } from '../shared/cli-io';
import { learningWarningLine } from '../shared/learning-warning-line';
import type { BacklogResult } from './backlog-outcome';
import { failureLine, unreadableLine } from './backlog-texts';
import type { FileOptions } from './file-args';
import { fileBacklogInput, type BacklogFiling } from './file-mail';
import { openProblemLine } from './open-problem-line';
import { openRecordSystem, type OpenProblem, type RecordSystem } from './open-record-system';
import type { Progress } from './progress';
import { NO_REPORT, openReport, type ReportWriter } from './report-file';
import { fileWithRetry, type RetryFilingOptions } from './retry-filing';
import { runPool } from './run-pool';
import { AdaptiveLimit, sensingFetch } from './adaptive-limit';
import { dryRunLine, reportLine, summaryLines } from './summary';
import { countResult, EMPTY_TALLY, type Tally } from './tally';
import { countInputs, walkInputs } from './walk-inputs';

const maxMailBytesOf = (options: FileOptions): number =>
  options.maxMailBytes ?? megabytes(DEFAULT_MAX_MAIL_MB);

/** The report file's identity (`dev:ino`), once it exists; none without `--report`. */
async function reportIdentity(path: string | undefined): Promise<ReadonlySet<string>> {
  const found = path === undefined ? null : await inspectPath(path);
  return new Set(found?.kind === 'file' ? [found.identity] : []);
}

/** What a backlog run needs from its surroundings; the process gives the real ones. */
export interface BacklogEnvironment {
  readonly io: CliIo;
  readonly progress: Progress;
  /** Registers what Ctrl+C does; returns how to unregister it. */
  readonly onInterrupt: (handler: () => void) => () => void;
  readonly retryFiling?: RetryFilingOptions;
  /** Default the global fetch; tests and benchmarks count requests with their own. */
  readonly fetch?: typeof fetch;
}

/**
 * `bronvast file`: assesses and files every mail under the paths, at most `concurrency` at a
 * time, fewer while the record system throttles (`AdaptiveLimit`), reading the folders lazily.
 * Ctrl+C stops taking new mail and lets the filings in flight finish. Returns the exit code:
 * 0 done, 1 something failed, 2 the command must change, 130 interrupted.
 */
export async function runFile(
  options: FileOptions,
  environment: BacklogEnvironment,
): Promise<number> {
  const { io } = environment;
  const limit = new AdaptiveLimit({ max: options.concurrency });
  let system: RecordSystem | OpenProblem;
  try {
    system = await openRecordSystem(options, sensingFetch(limit, environment.fetch));
  } catch (error) {
    io.writeError(
      failureLine(
        options.graphUrl,
        isGraphCallError(error) ? `graph-${error.kind}` : 'graph-network',
        options.lang,
      ),
    );
    return 1;
  }
  if ('kind' in system) {
    io.writeError(openProblemLine(system, options.lang));
    return 2;
  }
  for (const warning of system.warnings) io.writeError(learningWarningLine(warning, options.lang));
  const filing = backlogFiling(options, system);
  const report =
    options.reportFile === undefined ? NO_REPORT : await openReport(options.reportFile);
  if (report === null) {
    io.writeError(
      openProblemLine({ kind: 'report-unwritable', path: options.reportFile ?? '' }, options.lang),
    );
    return 2;
  }
  let stopped = false;
  const unregister = environment.onInterrupt(() => {
    stopped = true;
  });
  // The report is written while the backlog is read: never read it back as input.
  const skip = await reportIdentity(options.reportFile);
  const tally = await fileAll(options, filing, environment, report, {
    limit,
    stopped: () => stopped,
    skip,
  });
  unregister();
  await report.close();
  for (const line of summaryLines(tally, options.dryRun, options.lang)) await io.writeLine(line);
  if (tally.failed > 0) return 1;
  return stopped ? 130 : 0;
}

function backlogFiling(options: FileOptions, system: RecordSystem): BacklogFiling {
  const placement = {
    all: options.all,
    ...(system.dossier === undefined ? {} : { dossier: system.dossier }),
  };
  return { system, placement, dryRun: options.dryRun, maxMailBytes: maxMailBytesOf(options) };
}

async function fileAll(
  options: FileOptions,
  filing: BacklogFiling,
  environment: BacklogEnvironment,
  report: ReportWriter,
  {
    limit,
    stopped,
    skip,
  }: {
    readonly limit: AdaptiveLimit;
    readonly stopped: () => boolean;
    readonly skip: ReadonlySet<string>;
  },
): Promise<Tally> {
  const { progress, io } = environment;
  const walk = { maxMailBytes: maxMailBytesOf(options), skip };
  progress.start(await countInputs(options.paths, walk));
  let tally = EMPTY_TALLY;
  const onDone = async (result: BacklogResult): Promise<void> => {
    if (result.outcome.kind !== 'failed') limit.succeeded();
    tally = countResult(tally, result);
    if (result.outcome.kind === 'failed')
      progress.note(failureLine(result.source, result.outcome.reason, options.lang));
    if (result.outcome.kind === 'filed' && result.outcome.unreadable !== undefined)
      progress.note(unreadableLine(result.source, result.outcome.unreadable, options.lang));
    const planned = options.dryRun ? dryRunLine(result, options.lang) : undefined;
    if (planned !== undefined) await io.writeLine(planned);
    await report.write(reportLine(result));
    progress.update(tally);
  };
  await runPool(
    walkInputs(options.paths, walk),
    (input) =>
      fileWithRetry(input.source, () => fileBacklogInput(input, filing), environment.retryFiling),
    onDone,
    { concurrency: options.concurrency, stopped, admit: () => limit.acquire() },
  );
  progress.stop();
  return tally;
}
