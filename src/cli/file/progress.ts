import { MultiBar } from 'cli-progress';
import type { UiLanguage } from '../../texts';
import type { Tally } from './tally';

/** Shows how far a backlog run is; `note` prints a line without breaking the bar. */
export interface Progress {
  start(total: number): void;
  update(tally: Tally): void;
  note(line: string): void;
  stop(): void;
}

const LABELS: Readonly<Record<UiLanguage, { rate: string; left: string; failed: string }>> = {
  nl: { rate: 'per s', left: 'nog', failed: 'mislukt' },
  en: { rate: 'per s', left: 'left', failed: 'failed' },
};

/** A progress bar on a terminal (done/total, rate, time left, failures), redrawn in place. */
export function barProgress(stream: NodeJS.WriteStream, lang: UiLanguage): Progress {
  const label = LABELS[lang];
  const bars = new MultiBar({
    stream,
    hideCursor: true,
    format: `{bar} {value}/{total} | {rate} ${label.rate} | ${label.left} {eta_formatted} | ${label.failed}: {failed}`,
  });
  const started = Date.now();
  let bar: ReturnType<MultiBar['create']> | undefined;
  return {
    start: (total) => {
      bar = bars.create(total, 0, { rate: '0.0', failed: 0 });
    },
    update: (tally) =>
      bar?.update(tally.done, { rate: rateOf(tally.done, started), failed: tally.failed }),
    note: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}

/** Plain progress lines when not on a terminal: at most one per `everyMs`, and one at the end. */
export function lineProgress(
  write: (line: string) => void,
  lang: UiLanguage,
  everyMs = 2000,
): Progress {
  const label = LABELS[lang];
  const started = Date.now();
  let total = 0;
  let last = 0;
  let latest: Tally | undefined;
  let printed: Tally | undefined;
  const print = (tally: Tally): void => {
    printed = tally;
    const rate = rateOf(tally.done, started);
    const left = Number(rate) > 0 ? Math.round((total - tally.done) / Number(rate)) : 0;
    write(
      `bronvast: ${tally.done}/${total} | ${rate} ${label.rate} | ${label.left} ${left} s | ${label.failed}: ${tally.failed}`,
    );
  };
  return {
    start: (count) => {
      total = count;
    },
    update: (tally) => {
      latest = tally;
      if (Date.now() - last < everyMs) return;
      last = Date.now();
      print(tally);
    },
    note: write,
    stop: () => {
      if (latest !== undefined && latest !== printed) print(latest);
    },
  };
}

function rateOf(done: number, started: number): string {
  const seconds = Math.max(0.001, (Date.now() - started) / 1000);
  return (done / seconds).toFixed(1);
}
