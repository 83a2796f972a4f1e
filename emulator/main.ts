import { join } from 'node:path';
import { parseFaultConfig } from './faults';
import { startEmulator } from './server';
import { parseResourceBudget } from './throttling/resource-budget';
import { tlsFromEnvironment } from './tls/credentials';

export {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
  type SharedMailbox,
} from './server';
export { type FaultConfig } from './faults';
export { type ResourceBudgetConfig } from './throttling/resource-budget';
export { loopbackOrigins } from './http/cors';
export { selfSignedCertificate, type TlsCredentials } from './tls/self-signed';

/**
 * Runs the emulator from the command line: PORT, BRONVAST_DATA_DIR, BRONVAST_FAULTS,
 * BRONVAST_RESOURCE_UNITS, BRONVAST_LISTEN_HOST and BRONVAST_CORS_ORIGINS.
 */
async function main(): Promise<void> {
  const port = Number(process.env['PORT'] ?? 4000);
  const dataDir = process.env['BRONVAST_DATA_DIR'] ?? join(__dirname, '..', '.data', 'emulator');
  const faults = parseFaultConfig(process.env['BRONVAST_FAULTS']);
  const resourceBudget = parseResourceBudget(process.env['BRONVAST_RESOURCE_UNITS']);
  const tls = await tlsFromEnvironment(process.env, dataDir);
  const origins = process.env['BRONVAST_CORS_ORIGINS']?.split(',').map((origin) => origin.trim());
  const emulator = await startEmulator({
    port,
    dataDir,
    faults,
    resourceBudget,
    ...(tls === undefined ? {} : { tls }),
    ...(origins === undefined ? {} : { allowedOrigins: () => origins }),
  });
  console.log(`Bronvast record system (Microsoft Graph emulator) on ${emulator.baseUrl}`);
  console.log(`Data folder: ${dataDir}`);
  if (Object.keys(faults).length > 0) console.log(`Faults: ${JSON.stringify(faults)}`);
  console.log(
    resourceBudget === 'off'
      ? 'SharePoint resource units: not metered'
      : `SharePoint resource units: ${resourceBudget.units} per ${resourceBudget.windowSeconds} s`,
  );
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
