/** @jest-environment jsdom */
import { TextEncoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { reviewTexts } from '../../texts/review';
import { ReviewTextsContext } from '../ReviewTexts';
import { RecordContentView } from './RecordContentView';

const HOSTILE =
  '<!doctype html><html><body><h1>Besluit</h1><script>alert(1)</script><img src=x onerror="alert(2)"></body></html>';

describe('a stored HTML record in the review page', () => {
  const blobs: Blob[] = [];
  beforeEach(() => {
    blobs.length = 0;
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), `blob:review/${blobs.length}`),
      revokeObjectURL: () => undefined,
    });
  });

  function show(): void {
    const bytes = new TextEncoder().encode(HOSTILE);
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewTextsContext.Provider value={reviewTexts('nl')}>
          <RecordContentView
            content={{
              kind: 'chat',
              html: HOSTILE,
              file: { name: 'besluit.html', mimeType: 'text/html', bytes },
            }}
          />
        </ReviewTextsContext.Provider>
      </FluentProvider>,
    );
  }

  it('offers the file only as a download of bytes, never as a page of the review origin', async () => {
    show();
    // jsdom lays out <bdi> (the file name, isolated) as a block and so pads it with spaces in the
    // accessible name; Chromium reads "Bestand downloaden (besluit.html)".
    const link = await screen.findByRole('link', {
      name: /^Bestand downloaden \(\s*besluit\.html\s*\)$/,
    });
    expect(link.getAttribute('download')).toBe('besluit.html');
    expect(link.getAttribute('href')).toBe('blob:review/1');
    expect(blobs.map((blob) => blob.type)).toEqual(['application/octet-stream']);
    expect(blobs[0]?.size).toBe(new TextEncoder().encode(HOSTILE).length);
  });

  it('shows the rendering in a frame that runs nothing and has no origin of its own', () => {
    show();
    const frame = screen.getByTitle(reviewTexts('nl').detail.chatFrame);
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('src')).toBeNull();
  });
});
