/** `npm stop`: stops a workbench that `npm start` runs, through its pid file. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const pidFile = path.resolve(__dirname, '..', '.data', 'start.pid');

function stop(): number {
  if (!existsSync(pidFile)) {
    console.log('Er draait geen Bronvast-werkbank (geen .data/start.pid).');
    return 0;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 'SIGTERM');
    console.log(`Bronvast-werkbank (proces ${pid}) gestopt.`);
  } catch {
    console.log(`Proces ${pid} draaide niet meer; pid-bestand opgeruimd.`);
    rmSync(pidFile, { force: true });
  }
  return 0;
}

process.exitCode = stop();
