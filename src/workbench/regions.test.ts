/** @jest-environment jsdom */
import { cycleRegion, regionStep } from './regions';

function page(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <nav data-region="folders"><button disabled>uit</button><button>Postvak IN</button></nav>
    <main data-region="messages">
      <div role="option" tabindex="-1">a</div><div role="option" tabindex="0">b</div>
    </main>
    <section data-region="reading"><p>Kies een bericht.</p></section>
    <aside data-region="hidden-controls"><button hidden>x</button><a href="#r">record</a></aside>`;
  document.body.replaceChildren(root);
  return root;
}

const region = (): string | null | undefined =>
  document.activeElement?.closest('[data-region]')?.getAttribute('data-region');

describe('cycleRegion', () => {
  it('goes forward through the regions to their first tab stop and wraps round', () => {
    const root = page();
    const seen: (string | null | undefined)[] = [];
    for (let step = 0; step < 5; step += 1) {
      cycleRegion(root, 1);
      seen.push(region());
    }
    expect(seen).toEqual(['folders', 'messages', 'reading', 'hidden-controls', 'folders']);
  });

  it('enters the list at its tab stop, not at its first item', () => {
    const root = page();
    cycleRegion(root, 1);
    cycleRegion(root, 1);
    expect(document.activeElement?.textContent).toBe('b');
  });

  it('skips disabled and hidden controls, and focuses a region without controls itself', () => {
    const root = page();
    cycleRegion(root, 1);
    expect(document.activeElement?.textContent).toBe('Postvak IN');
    cycleRegion(root, 1);
    cycleRegion(root, 1);
    expect(document.activeElement?.getAttribute('data-region')).toBe('reading');
    cycleRegion(root, 1);
    expect(document.activeElement?.textContent).toBe('record');
  });

  it('goes backward with Shift+F6, from the last region when none has the focus', () => {
    const root = page();
    cycleRegion(root, -1);
    expect(region()).toBe('hidden-controls');
    cycleRegion(root, -1);
    expect(region()).toBe('reading');
  });
});

describe('regionStep', () => {
  it('reads F6 as forward and Shift+F6 as back, other keys as nothing', () => {
    expect(regionStep({ key: 'F6', shiftKey: false })).toBe(1);
    expect(regionStep({ key: 'F6', shiftKey: true })).toBe(-1);
    expect(regionStep({ key: 'Tab', shiftKey: false })).toBeNull();
  });
});
