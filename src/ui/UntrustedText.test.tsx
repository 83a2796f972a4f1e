/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { UntrustedText } from './UntrustedText';

describe('UntrustedText', () => {
  it('isolates the text and shows its override as a marker', () => {
    render(
      <p data-testid="line">
        Bijlage: <UntrustedText text={'factuur\u202Efdp.exe'} /> (12 kB)
      </p>,
    );
    const isolated = screen.getByText('factuur⟨U+202E⟩fdp.exe');
    expect(isolated.tagName).toBe('BDI');
    expect(isolated.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('line').textContent).toBe('Bijlage: factuur⟨U+202E⟩fdp.exe (12 kB)');
  });
});
