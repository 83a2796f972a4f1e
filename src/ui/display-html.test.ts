/** @jest-environment jsdom */
import { displayTextNodes } from './display-html';

describe('displayTextNodes', () => {
  it('marks the bidi controls in every text node and leaves the markup as it is', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Zie <b>factuur\u202Efdp.exe</b></p><p>en\u2067 dit</p>';
    displayTextNodes(root);
    expect(root.innerHTML).toBe('<p>Zie <b>factuur⟨U+202E⟩fdp.exe</b></p><p>en⟨U+2067⟩ dit</p>');
  });
});
