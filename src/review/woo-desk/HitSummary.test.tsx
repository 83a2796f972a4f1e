/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { HitSummary } from './HitSummary';

describe('a search hit summary', () => {
  it('marks the matched words and shows cuts as an ellipsis', () => {
    const { container } = render(<HitSummary summary="Het <c0>windpark</c0> komt<ddd/> later" />);
    expect(container.querySelector('mark')?.textContent).toBe('windpark');
    expect(container.textContent).toBe('Het windpark komt …  later');
  });

  it('never renders markup from the summary', () => {
    const { container } = render(
      <HitSummary summary={'<img src=x onerror="alert(1)"><c0><b>vet</b></c0>'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
  });
});
