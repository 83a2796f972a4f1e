import { assessMessage, prepareContext, type AssessmentContext, type Message } from '../../core';
// The command line has no first view to draw: it reads the name lexicon at once, from a static
// import (a dynamic one would need the bundler or an ES module loader).
import { shippedNameLexicon } from '../../core/personal-data/lexicon/shipped-name-lexicon';
import type { AssessOptions } from './assess-args';
import type { CliIo } from '../shared/cli-io';
import { inputProblemLine, unreadFieldsLine } from '../shared/cli-texts';
import type { InputProblem } from '../shared/input-error';
import { learningWarningLine } from '../shared/learning-warning-line';
import { loadAdjustmentFile } from './load-adjustment';
import { loadRecordSystemLearning } from './record-system-learning';
import { mergeHistories, type LearningWarning } from '../../filing';
import { loadDossiers } from './load-dossiers';
import { loadHistory } from './load-history';
import { toOutputRecord } from './output-record';
import { readMessages } from './read-messages';
import { DEFAULT_MAX_MAIL_MB, megabytes } from '../shared/input-file';

/**
 * `bronvast assess`: prepares the context from the dossier registry and history, then reads,
 * assesses and prints one message at a time, in input order. Input that cannot be used is
 * reported on stderr and skipped; a message with fields that cannot be read is assessed without
 * them, after one line on stderr naming them. Returns the exit code: 0, or 1 when anything was
 * skipped.
 */
export async function runAssess(options: AssessOptions, io: CliIo): Promise<0 | 1> {
  let skipped = 0;
  const report = (problems: readonly InputProblem[]): void => {
    for (const { source, error } of problems)
      io.writeError(inputProblemLine(source, error, options.lang));
    skipped += problems.length;
  };
  const context = await loadContext(options, report, io);
  for await (const { source, outcome } of readMessages(
    options.paths,
    options.maxMailBytes ?? megabytes(DEFAULT_MAX_MAIL_MB),
  )) {
    if (!outcome.ok) {
      report([{ source, error: outcome.error }]);
      continue;
    }
    if (outcome.unread.length > 0)
      io.writeError(unreadFieldsLine(source, outcome.unread, options.lang));
    const line = assessLine(source, outcome.message, context, options);
    if (line === undefined) report([{ source, error: 'assessment-failed' }]);
    else await io.writeLine(line);
  }
  return skipped === 0 ? 0 : 1;
}

async function loadContext(
  options: AssessOptions,
  report: (problems: readonly InputProblem[]) => void,
  io: CliIo,
): Promise<AssessmentContext> {
  const adjusted =
    options.relevanceAdjustmentFile === undefined
      ? undefined
      : await loadAdjustmentFile(options.relevanceAdjustmentFile);
  if (adjusted?.kind === 'unreadable')
    io.writeError(learningWarningLine('relevance-adjustment-unreadable', options.lang));
  const learnt =
    options.recordSystem === undefined
      ? undefined
      : await loadRecordSystemLearning(options.recordSystem);
  const warnings = learnt === null ? UNREACHABLE : (learnt?.warnings ?? []);
  for (const warning of warnings) io.writeError(learningWarningLine(warning, options.lang));
  const registry =
    options.dossiersFile === undefined ? undefined : await loadDossiers(options.dossiersFile);
  const filed =
    options.historyFile === undefined ? undefined : await loadHistory(options.historyFile);
  report(registry?.problems ?? []);
  report(filed?.problems ?? []);
  // A file given on the command line wins over what the record system holds.
  const model = adjusted?.model ?? learnt?.relevanceModel;
  return prepareContext({
    dossiers: registry?.dossiers ?? learnt?.dossiers ?? [],
    history: mergeHistories(filed?.history ?? [], learnt?.history ?? []),
    organisationDomains: options.organisationDomains,
    nameLexicon: shippedNameLexicon(),
    ...(model === undefined ? {} : { relevanceModel: model }),
  });
}

/** What a record system that cannot be reached costs: both parts of the learning. */
const UNREACHABLE: readonly LearningWarning[] = [
  'relevance-adjustment-unavailable',
  'history-unavailable',
];

function assessLine(
  source: string,
  message: Message,
  context: AssessmentContext,
  options: AssessOptions,
): string | undefined {
  try {
    return JSON.stringify(
      toOutputRecord(source, message, assessMessage(message, context), options.lang),
    );
  } catch {
    // A bug in the assessment of one message must not cost the records manager the rest of the batch.
    return undefined;
  }
}
