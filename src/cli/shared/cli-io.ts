/** Where the command line writes: output lines (awaited, for back-pressure) and messages. */
export interface CliIo {
  readonly writeLine: (line: string) => Promise<void>;
  readonly writeError: (line: string) => void;
}

/** The process's own stdout and stderr; waits for stdout to drain when a pipe is full. */
export function processIo(): CliIo {
  return {
    writeLine: (line) =>
      new Promise((resolve) => {
        if (process.stdout.write(`${line}\n`)) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    writeError: (line) => {
      process.stderr.write(`${line}\n`);
    },
  };
}
