import { startUpGate } from './start-up-gate';

const settledNow = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('startUpGate', () => {
  it('lets work pass at once before the pane is drawn', async () => {
    expect(await settledNow(startUpGate().passed())).toBe(true);
  });

  it('holds work until the pane has settled, then lets it pass', async () => {
    const gate = startUpGate();
    let settle = (): void => undefined;
    gate.holdUntil(new Promise<void>((resolve) => (settle = resolve)));
    const waiting = gate.passed();
    expect(await settledNow(waiting)).toBe(false);
    settle();
    expect(await settledNow(waiting)).toBe(true);
    expect(await settledNow(gate.passed())).toBe(true);
  });

  it('opens when the settling fails, so that no work waits for ever', async () => {
    const gate = startUpGate();
    gate.holdUntil(Promise.reject(new Error('no frame')));
    expect(await settledNow(gate.passed())).toBe(true);
  });
});
