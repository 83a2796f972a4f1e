import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type FaultConfig, type RunningEmulator } from '../../../emulator/main';
import { seedWeekMailInFolder } from '../../../emulator/seed/seed-week-mail';
import { asConversationId, asDossierId, asSourceId } from '../../../src/core/ids';
import type { Message } from '../../../src/core/message';
import type { RecordMetadataDraft } from '../../../src/core/records/record-metadata';
import { dedupKey } from '../../../src/core/records/dedup-key';
import { createGraphClient, resolveSite, type GraphClient, type SiteIds } from '../../../src/graph';
import { devToken } from '../../../src/host/dev-token';

/** The demo users of the local record system. */
export const OFFICER = 'beleid@bronvast.example';
export const MANAGER = 'informatiebeheer@bronvast.example';
export const DEMO_SITE = { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' };

/** A running record system in a temp folder, and a way to reach it. */
export interface Harness {
  readonly emulator: RunningEmulator;
  /** A client for the user (default the officer); `scopes` default every scope Bronvast asks. */
  client(user?: string, fetchImpl?: typeof fetch, scopes?: readonly string[]): GraphClient;
  site(client?: GraphClient): Promise<SiteIds>;
  faults(config: FaultConfig): void;
  stop(): Promise<void>;
}

/** Starts the record system in-process on a free port with an empty temp data folder. */
export async function startHarness(
  options: { readonly demoWeeks?: boolean } = {},
): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-graph-'));
  // Ten weeks of generated demo mail, as `npm start` gives the workbench.
  if (options.demoWeeks === true) await seedWeekMailInFolder(dataDir);
  const emulator = await startEmulator({ port: 0, dataDir });
  const client = (user = OFFICER, fetchImpl?: typeof fetch, scopes?: readonly string[]) =>
    createGraphClient({
      tokenProvider: () => Promise.resolve(devToken(user, scopes)),
      baseUrl: emulator.baseUrl,
      ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
      retry: {
        delaySeconds: 0,
        networkDelayMs: 5,
        maxRetries: 8,
        chunkAttempts: 12,
        uploadTimeoutMs: 3000,
      },
    });
  return {
    emulator,
    client,
    async site(graph = client()) {
      const resolution = await resolveSite(graph, DEMO_SITE);
      if (resolution.kind !== 'resolved')
        throw new Error(`site not provisioned: ${resolution.missing.join(', ')}`);
      return resolution.ids;
    },
    faults: (config) => emulator.setFaults(config),
    async stop() {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A mail message with a unique internetMessageId unless one is given. */
export function aMail(overrides: Partial<Message> = {}): Message {
  counter += 1;
  return {
    kind: 'mail',
    id: asSourceId(`<test-${Date.now()}-${counter}@mail.example.nl>`),
    conversationId: asConversationId(`conv-${counter}`),
    subject: `Advies over de subsidieregeling ${counter}`,
    from: { name: 'Jan Jansen', address: 'jan.jansen@example.nl' },
    to: [{ address: OFFICER }],
    cc: [],
    sent: new Date('2024-03-05T14:32:10Z'),
    bodyText: 'Zie bijgaand advies.',
    headers: {},
    attachments: [],
    ...overrides,
  };
}

/** Record metadata for a message, as the task pane would build it. */
export function aDraft(message: Message, filedBy = OFFICER): RecordMetadataDraft {
  return {
    sourceKind: message.kind,
    sourceId: message.id,
    dedupKey: dedupKey(message),
    dossier: asDossierId('BZK-2024-0113'),
    wooCategory: null,
    assessment: 'openbaar',
    grounds: [],
    relevance: 0.9,
    toelichting: '',
    filedBy,
    filedAt: new Date(),
    reviewStatus: 'te-beoordelen',
    to: message.to.map((party) => party.address),
    cc: [],
    subject: message.subject,
    hasAttachments: false,
  };
}

/** A MIME text of about `size` bytes for a message, deterministic per seed. */
export function mimeOf(message: Message, size = 2000, seed = 1): Uint8Array<ArrayBuffer> {
  const head = `Message-ID: ${message.id}\r\nSubject: ${message.subject}\r\nFrom: ${message.from?.address ?? ''}\r\n\r\n`;
  const bytes = new Uint8Array(Math.max(size, head.length));
  bytes.set(new TextEncoder().encode(head));
  let state = seed >>> 0;
  for (let i = head.length; i < bytes.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = 32 + ((state >>> 24) % 90);
  }
  return bytes;
}
