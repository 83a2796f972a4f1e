import { bareMessageId } from '../../src/core';
import { dedupKey } from '../../src/core/records';
import { parseEml } from '../../src/mime';
import { sourceIdText } from '../../src/host/parties';

// The MIME reader, Outlook (host) and Graph must make one source id of one Message-ID, or the
// same mail filed from the pane and from a .eml file would be two records.
describe('one Message-ID normalisation', () => {
  const header = ' <Besluit.42@Gemeente.Example.NL> ';

  it('gives the same source id from the MIME, from Outlook and from the core', async () => {
    const parsed = await parseEml(
      `Message-ID: ${header}\r\nFrom: a@b.nl\r\nSubject: s\r\n\r\nTekst\r\n`,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.message.id).toBe(bareMessageId(header));
    expect(sourceIdText(header)).toBe(bareMessageId(header));
    expect(dedupKey(parsed.message)).toBe('mail:Besluit.42@gemeente.example.nl');
  });
});
