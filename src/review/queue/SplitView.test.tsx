/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { renderReview } from '../review-services.fixture';
import { SplitView } from './SplitView';

function renderSplit() {
  const view = renderReview(
    <SplitView
      label="Breedte van de lijst en het record"
      start={<p>lijst</p>}
      end={<p>record</p>}
    />,
  );
  const separator = screen.getByRole('separator', { name: 'Breedte van de lijst en het record' });
  const columns = () => (separator.parentElement as HTMLElement).style.gridTemplateColumns;
  return { view, separator, columns };
}

describe('the separator between the queue and the record', () => {
  it('is a focusable vertical separator that says how wide the queue is', () => {
    const { separator, columns } = renderSplit();
    expect(separator.tabIndex).toBe(0);
    expect(separator.getAttribute('aria-orientation')).toBe('vertical');
    expect(separator.getAttribute('aria-valuenow')).toBe('60');
    expect(columns()).toBe('minmax(0, 60fr) auto minmax(0, 40fr)');
  });

  it('widens and narrows the queue with the arrow keys, to the limits with End and Home', () => {
    const { separator, columns } = renderSplit();
    fireEvent.keyDown(separator, { key: 'ArrowRight' });
    expect(separator.getAttribute('aria-valuenow')).toBe('65');
    expect(columns()).toBe('minmax(0, 65fr) auto minmax(0, 35fr)');
    fireEvent.keyDown(separator, { key: 'End' });
    expect(separator.getAttribute('aria-valuenow')).toBe('80');
    fireEvent.keyDown(separator, { key: 'ArrowRight' });
    expect(separator.getAttribute('aria-valuenow')).toBe('80');
    fireEvent.keyDown(separator, { key: 'Home' });
    expect(separator.getAttribute('aria-valuenow')).toBe('30');
    fireEvent.keyDown(separator, { key: 'ArrowLeft' });
    expect(columns()).toBe('minmax(0, 30fr) auto minmax(0, 70fr)');
  });

  it('gives the queue the whole width when no record is open', () => {
    renderReview(<SplitView label="Breedte" start={<p>lijst</p>} end={null} />);
    expect(screen.queryByRole('separator')).toBeNull();
    expect(screen.getByText('lijst')).toBeTruthy();
  });
});
