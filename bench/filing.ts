/**
 * Filing benchmarks: Graph requests per filed mail, mails per minute with 50 ms latency, peak
 * memory while filing a 150 MB message from disk, and a fault soak (lost, duplicate, corrupt).
 * Runs against the local record system; needs no corpus. `npx tsx bench/filing.ts [--soak N]`
 * prints JSON; `npm run bench -- --only filing --soak N` runs it with the other sections.
 */
import { measureMemory } from './filing/memory';
import { measureRequests, measureThroughput } from './filing/requests-and-throughput';
import { soak } from '../test/filing-soak/soak';

/** Runs every filing measurement; `soakCount` filings in the fault soak (CI uses a small number). */
export async function benchFiling(options: {
  soakCount: number;
}): Promise<Record<string, unknown>> {
  const requestsPerMail = await measureRequests();
  const throughput = await measureThroughput();
  const memory150MB = await measureMemory();
  const faultSoak = await soak(options.soakCount);
  return {
    requestsPerMail,
    throughput,
    memory150MB,
    faultSoak,
    targets: {
      smallMailRequestsBeyondLookupAtMost4: requestsPerMail.smallMail2KB,
      memoryBelow64MB: memory150MB,
      zeroLostAndDuplicates: {
        lost: faultSoak.lost,
        duplicates: faultSoak.duplicates,
        shaMismatch: faultSoak.shaMismatch,
      },
    },
  };
}

if (require.main === module) {
  const index = process.argv.indexOf('--soak');
  const soakCount = index >= 0 ? Number(process.argv[index + 1]) : 1000;
  benchFiling({ soakCount })
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
