import { createFaultDice, parseFaultConfig } from './faults';
import { startTestEmulator } from './testing/harness';

describe('fault injection', () => {
  it('answers 429 with Retry-After and 503 in the configured shares, repeatably for a seed', async () => {
    const run = async () => {
      const test = await startTestEmulator({
        faults: { throttleRate: 0.3, unavailableRate: 0.2, retryAfterSeconds: 3, seed: 42 },
      });
      try {
        const statuses: number[] = [];
        for (let index = 0; index < 30; index += 1) {
          const response = await test.call('/me');
          statuses.push(response.status);
          if (response.status === 429) {
            expect(response.headers.get('retry-after')).toBe('3');
            expect((await response.json()).error.code).toBe('TooManyRequests');
          }
        }
        return statuses;
      } finally {
        await test.stop();
      }
    };
    const first = await run();
    expect(first).toContain(429);
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('drops connections without an answer, and the request changed nothing', async () => {
    const test = await startTestEmulator({ faults: { dropRate: 1 } });
    try {
      await expect(
        test.call('/me/sendMail', {
          method: 'POST',
          body: {
            message: {
              subject: 'weg',
              toRecipients: [{ emailAddress: { address: 'a@b.example' } }],
            },
          },
        }),
      ).rejects.toThrow();
      test.emulator.setFaults({});
      const sent = await test.json("/me/mailFolders/sentitems/messages?$filter=subject eq 'weg'");
      expect(sent.body.value).toHaveLength(0);
    } finally {
      await test.stop();
    }
  });

  it('adds latency', async () => {
    const test = await startTestEmulator({ faults: { latencyMs: 150 } });
    try {
      const started = Date.now();
      await test.call('/me');
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await test.stop();
    }
  });

  it('parses BRONVAST_FAULTS and rejects values of the wrong type', () => {
    expect(parseFaultConfig('{"throttleRate":0.1,"chunkFailureMode":"drop"}')).toEqual({
      throttleRate: 0.1,
      chunkFailureMode: 'drop',
    });
    expect(parseFaultConfig(undefined)).toEqual({});
    expect(() => parseFaultConfig('{"dropRate":"veel"}')).toThrow(/dropRate/);
    expect(() => parseFaultConfig('[1]')).toThrow();
  });

  it('rolls chunk failures only when configured', () => {
    expect(createFaultDice({}).decideChunk()).toBe('none');
    expect(createFaultDice({ chunkFailureRate: 1, chunkFailureMode: 'error' }).decideChunk()).toBe(
      'error',
    );
  });
});
