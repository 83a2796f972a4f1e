import {
  createGraphClient,
  isGraphCallError,
  resolveSite,
  type GraphClient,
  type SiteLocation,
  findSiteId,
} from '../../graph';
import type { CliIo } from '../shared/cli-io';
import { checkLabels } from './check-labels';
import { checkLists } from './check-lists';
import { checkScopes } from './check-scopes';
import { readDoctorArgs, type DoctorOptions } from './doctor-args';
import { statusOf, type DoctorFinding } from './doctor-finding';
import { doctorTexts } from './doctor-texts';
import { doctorUsage, doctorUsageProblem } from './doctor-usage';
import { queryProbes, retryAfterProbe } from './probes';
import { writeRoundTrip } from './round-trip';

/** What the doctor needs from outside; tests pass their own fetch and clock. */
export interface DoctorEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

/**
 * `bronvast doctor`: checks a site for Bronvast and prints one line per check. Exit 0 when
 * nothing failed, 1 when something did, 2 for a wrong command line.
 */
export async function runDoctor(
  args: readonly string[],
  io: CliIo,
  environment: DoctorEnvironment,
): Promise<number> {
  const command = readDoctorArgs(args, environment.env);
  if (command.kind === 'help') {
    await io.writeLine(doctorUsage(command.lang).trimEnd());
    return 0;
  }
  if (command.kind === 'usage-error') {
    io.writeError(doctorUsageProblem(command.problem, command.lang));
    return 2;
  }
  const texts = doctorTexts(command.options.lang);
  let failed = false;
  for await (const finding of findings(command.options, environment)) {
    const status = statusOf(finding);
    failed ||= status === 'fail';
    await io.writeLine(`${texts.status[status]}  ${texts.line(finding)}`);
  }
  return failed ? 1 : 0;
}

async function* findings(
  options: DoctorOptions,
  environment: DoctorEnvironment,
): AsyncGenerator<DoctorFinding> {
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve(options.token),
    baseUrl: options.graphUrl,
    ...(environment.fetch === undefined ? {} : { fetch: environment.fetch }),
    retry: { maxRetries: 3 },
  });
  const siteId = await site(client, options.site);
  yield siteId;
  if (!siteId.ok) return;
  yield* checkScopes(options.token);
  yield* await checkLists(client, siteId.siteId, options.site);
  const resolution = await resolveSite(client, options.site);
  if (resolution.kind !== 'resolved') return;
  yield* await checkLabels(client, resolution.ids).catch((error: unknown) => [unreadable(error)]);
  yield* await writeRoundTrip(client, resolution.ids, (environment.now ?? (() => new Date()))());
  yield* await queryProbes(client, resolution.ids);
  yield await retryAfterProbe(client, resolution.ids);
}

async function site(
  client: GraphClient,
  location: SiteLocation,
): Promise<Extract<DoctorFinding, { check: 'site' }>> {
  try {
    return { check: 'site', ok: true, siteId: await findSiteId(client, location) };
  } catch (error: unknown) {
    const reason = isGraphCallError(error)
      ? `${error.status} ${error.code ?? error.kind}`
      : 'network';
    return { check: 'site', ok: false, reason };
  }
}

function unreadable(error: unknown): DoctorFinding {
  const detail = isGraphCallError(error)
    ? `${error.status} ${error.code ?? error.kind}`
    : String(error);
  return { check: 'labels', reason: 'unreadable', detail };
}
