import { htmlToText } from './mail/text-to-html';
import { demoIds, startTestEmulator, type TestEmulator } from './testing/harness';

describe('the record system given hostile input', () => {
  let test: TestEmulator;
  let siteId: string;
  let driveId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId, driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  it('drops what style, script, head and comments hold when it turns HTML into text', () => {
    const html =
      '<html><head><title>t</title><style>p { color: red }</style></head><body><!-- verborgen -->' +
      '<p>Zichtbaar</p><script type="text/javascript">alert("x")</script><SCRIPT>steel()</SCRIPT>' +
      '<p>ook</p><style>nooit gesloten';
    const text = htmlToText(html);
    expect(text).toBe('Zichtbaar\nook');
  });

  it.each([
    ['a NUL', 'nota\u0000.eml'],
    ['a line break', 'nota\r\nBcc.eml'],
    ['a right-to-left override', 'factuur\u202Egpj.exe'],
    ['a left-to-right isolate', 'nota\u2066.eml'],
  ])('refuses a file name with %s', async (_what, name) => {
    const { status, body } = await test.json(
      `/drives/${driveId}/root:/Aanlevering/BZK-2025-0113/${encodeURIComponent(name)}:/content`,
      { method: 'PUT', body: 'x' },
    );
    expect(status).toBe(400);
    expect(body['error']).toEqual(expect.objectContaining({ code: 'invalidRequest' }));
  });

  it('refuses CR and LF in sendMail addresses and names, so no header is injected', async () => {
    const send = (emailAddress: Record<string, string>) =>
      test.json('/me/sendMail', {
        method: 'POST',
        scopes: ['Mail.Send'],
        body: {
          message: {
            subject: 'Onderwerp',
            body: { contentType: 'text', content: 'Tekst' },
            toRecipients: [{ emailAddress }],
          },
        },
      });
    const inAddress = await send({ address: 'a@b.example\r\nBcc: spion@evil.example' });
    expect(inAddress.status).toBe(400);
    expect(inAddress.body['error']).toEqual(
      expect.objectContaining({ code: 'ErrorInvalidRecipients' }),
    );
    const inName = await send({ address: 'a@b.example', name: 'A\r\nBcc: spion@evil.example' });
    expect(inName.status).toBe(400);
    const sent = await test.json(
      "/me/mailFolders/sentitems/messages?$filter=subject eq 'Onderwerp'",
    );
    expect(sent.body.value ?? []).toHaveLength(0);
  });

  it('answers a 5,000-deep $filter with 400, not 500', async () => {
    const deep = `${'('.repeat(5000)}fields/Kenmerk eq 'x'${')'.repeat(5000)}`;
    const negated = `${'not('.repeat(2500)}fields/Kenmerk eq 'x'${')'.repeat(2500)}`;
    for (const filter of [deep, negated]) {
      const { status, body } = await test.json(
        `/sites/${siteId}/lists/Dossiers/items?$filter=${filter}`,
      );
      expect(status).toBe(400);
      expect(body['error']).toEqual(expect.objectContaining({ code: 'invalidRequest' }));
    }
    const fine = `((fields/Kenmerk eq 'BZK-2025-0113'))`;
    const ok = await test.json(`/sites/${siteId}/lists/Dossiers/items?$filter=${fine}`);
    expect(ok.body.value).toHaveLength(1);
  });

  it('refuses an absolute URL inside $batch', async () => {
    for (const url of [
      'https://evil.example/v1.0/me',
      '//evil.example/me',
      'http://localhost/v1.0/me',
    ]) {
      const { status, body } = await test.json('/$batch', {
        method: 'POST',
        body: { requests: [{ id: '1', method: 'GET', url }] },
      });
      expect(status).toBe(400);
      expect(JSON.stringify(body['error'])).toContain('absolute');
    }
  });
});
