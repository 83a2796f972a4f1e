import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devToken } from '../../src/host/dev-token';
import type { FaultConfig } from '../faults';
import type { ResourceBudgetConfig } from '../throttling/resource-budget';
import { startEmulator, type RunningEmulator } from '../server';
import type { TlsCredentials } from '../tls/self-signed';
import { trustingFetch } from './trusting-fetch';

/** The seeded policy officer. */
export const OFFICER = 'beleid@bronvast.example';
/** The seeded records manager. */
export const MANAGER = 'informatiebeheer@bronvast.example';
/** The records library's intake area, where officers may add files (provisioned). */
export const INTAKE = 'Aanlevering';
/** The records library's records area, which only records managers change (provisioned). */
export const ARCHIVE = 'Archief';

/** How a test calls the emulator. */
export interface CallOptions {
  /** Who signs in (upn); null sends no Authorization. Default: the policy officer. */
  readonly as?: string | null;
  /** The token's delegated scopes; default `dev:<upn>`'s set (every scope Bronvast asks). */
  readonly scopes?: readonly string[];
  readonly method?: string;
  /** Objects are sent as JSON; buffers and strings as they are. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** `manual` to see a redirect (302 from `/content`) instead of following it. */
  readonly redirect?: RequestRedirect;
}

/** A running emulator on a free port with a temporary data folder. */
export interface TestEmulator {
  readonly emulator: RunningEmulator;
  readonly dataDir: string;
  /** Calls a Graph path (`/me`) or an absolute URL (nextLink, uploadUrl). */
  call(pathOrUrl: string, options?: CallOptions): Promise<Response>;
  /** Calls and parses the JSON answer. */
  json(
    pathOrUrl: string,
    options?: CallOptions,
  ): Promise<{
    status: number;
    body: Record<string, unknown> & { value?: Record<string, unknown>[] };
  }>;
  stop(): Promise<void>;
}

/** Starts an emulator for a test; reuse `dataDir` to test persistence. */
export async function startTestEmulator(
  options: {
    faults?: FaultConfig;
    now?: () => Date;
    dataDir?: string;
    tls?: TlsCredentials;
    resourceBudget?: ResourceBudgetConfig | 'off';
  } = {},
): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'bronvast-emulator-'));
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    ...(options.faults === undefined ? {} : { faults: options.faults }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.tls === undefined ? {} : { tls: options.tls }),
    ...(options.resourceBudget === undefined ? {} : { resourceBudget: options.resourceBudget }),
  });
  const send = options.tls === undefined ? fetch : trustingFetch(options.tls.cert);
  const call = (pathOrUrl: string, call: CallOptions = {}) => {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${emulator.baseUrl}${pathOrUrl}`;
    const headers: Record<string, string> = { ...call.headers };
    const as = call.as === undefined ? OFFICER : call.as;
    if (as !== null) headers['authorization'] = `Bearer ${devToken(as, call.scopes)}`;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (typeof call.body === 'string') body = call.body;
    else if (Buffer.isBuffer(call.body)) body = new Uint8Array(call.body);
    else if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers['content-type'] = 'application/json';
    }
    return send(url, {
      method: call.method ?? 'GET',
      headers,
      ...(call.redirect === undefined ? {} : { redirect: call.redirect }),
      ...(body === undefined ? {} : { body }),
    });
  };
  return {
    emulator,
    dataDir,
    call,
    json: async (pathOrUrl, options) => {
      const response = await call(pathOrUrl, options);
      const text = await response.text();
      return { status: response.status, body: text === '' ? {} : JSON.parse(text) };
    },
    stop: async () => {
      await emulator.close();
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The demo site's id and the Records library's drive id. */
export async function demoIds(test: TestEmulator): Promise<{ siteId: string; driveId: string }> {
  const site = await test.json('/sites/bronvast.sharepoint.com:/sites/informatiebeheer');
  const siteId = String(site.body['id']);
  const drive = await test.json(`/sites/${siteId}/lists/Records/drive`);
  return { siteId, driveId: String(drive.body['id']) };
}
