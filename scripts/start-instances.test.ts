import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processIdentity, registerInstance, stopInstances } from './start-instances';

let dir: string;
const children: ChildProcess[] = [];

/** A process that waits until it is signalled, and how it ended. */
function aWaitingProcess(): { child: ChildProcess; ended: Promise<NodeJS.Signals | null> } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  const ended = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  return { child, ended };
}

const alive = (child: ChildProcess): boolean =>
  child.exitCode === null && child.signalCode === null;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bronvast-instances-'));
});
afterEach(() => {
  for (const child of children.splice(0)) if (alive(child)) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the instances npm start records', () => {
  it('lets an instance remove its own record only, never another instance’s', async () => {
    const first = aWaitingProcess().child;
    const second = aWaitingProcess().child;
    const removeFirst = await registerInstance('http://localhost:43001', dir, first.pid);
    await registerInstance('http://localhost:43002', dir, second.pid);
    // The second instance's record written over the first one's name must survive it too.
    writeFileSync(path.join(dir, `${first.pid}.json`), JSON.stringify({ pid: second.pid }));
    removeFirst();
    expect(readdirSync(dir).sort()).toEqual([`${first.pid}.json`, `${second.pid}.json`].sort());
  });

  it('stops a recorded instance that is still the same process', async () => {
    const { child, ended } = aWaitingProcess();
    await registerInstance('http://localhost:43003', dir, child.pid);
    expect(await stopInstances(dir)).toEqual([{ kind: 'stopped', pid: child.pid }]);
    expect(await ended).toBe('SIGTERM');
  });

  it('never signals a process whose pid a stale record names', async () => {
    const { child } = aWaitingProcess();
    const identity = await processIdentity(child.pid ?? 0);
    expect(identity).not.toBeNull();
    // A record left by a workbench that died, whose pid the system has since given to another process.
    writeFileSync(
      path.join(dir, `${child.pid}.json`),
      JSON.stringify({
        pid: child.pid,
        identity: 'Mon Jan  1 00:00:00 2024 node scripts/start.ts',
      }),
    );
    expect(await stopInstances(dir)).toEqual([{ kind: 'other-process', pid: child.pid }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alive(child)).toBe(true);
    expect(existsSync(path.join(dir, `${child.pid}.json`))).toBe(false);
  });

  it('clears the record of an instance that is gone', async () => {
    const { child, ended } = aWaitingProcess();
    await registerInstance('http://localhost:43004', dir, child.pid);
    child.kill('SIGKILL');
    await ended;
    expect(await stopInstances(dir)).toEqual([{ kind: 'not-running', pid: child.pid }]);
    expect(readdirSync(dir)).toEqual([]);
  });
});
