import { messageTime } from './message-time';

describe('the time a message shows', () => {
  const created = new Date(Date.UTC(2025, 10, 20, 9, 40));

  it('reads as the browser writes the date and time in the member’s language', () => {
    for (const language of ['nl-NL', 'en-GB']) {
      expect(messageTime(created, language)).toBe(
        created.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }),
      );
    }
  });

  it('keeps each language apart once formatters are reused', () => {
    const dutch = messageTime(created, 'nl-NL');
    const english = messageTime(created, 'en-GB');
    expect(dutch).toMatch(/nov/);
    expect(english).toMatch(/Nov/);
    expect(messageTime(created, 'nl-NL')).toBe(dutch);
  });
});
