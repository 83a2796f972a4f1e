import { assessMailAttachments } from './assess-mail-attachments';
import { aDocx, aPdf } from './testing/document-files';
import { aMailWithAttachments } from './testing/mail-with-attachments';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('assessMailAttachments', () => {
  it('assesses each attachment on its own text, never with the mail’s assessment', async () => {
    const mime = await aMailWithAttachments(
      [
        {
          name: 'Advies RvS.pdf',
          contentType: 'application/pdf',
          bytes: aPdf(['Het advies van de Raad.']),
        },
        {
          name: 'Aanvraag.docx',
          contentType: DOCX,
          bytes: await aDocx(['Aanvrager met BSN 111222333.']),
        },
        {
          name: 'Geheim.pdf',
          contentType: 'application/pdf',
          bytes: aPdf(['x'], { encrypt: true }),
        },
        { name: 'foto.png', contentType: 'image/png', bytes: new Uint8Array([0x89, 0x50]) },
      ],
      { text: 'Ik vind dat we dit besluit moeten uitstellen. Bel 06-12345678.' },
    );
    const assessed = await assessMailAttachments(mime, { organisationDomains: ['minbzk.nl'] });
    expect(assessed).toEqual([
      {
        kind: 'assessed',
        name: 'Advies RvS.pdf',
        format: 'pdf',
        level: 'openbaar',
        grounds: [],
        truncated: false,
      },
      {
        kind: 'assessed',
        name: 'Aanvraag.docx',
        format: 'docx',
        level: 'deels-openbaar',
        grounds: ['5.1.1e'],
        truncated: false,
      },
      { kind: 'unassessed', name: 'Geheim.pdf', reason: 'encrypted' },
      { kind: 'unassessed', name: 'foto.png', reason: 'unsupported-format' },
    ]);
  });

  it('reads the mail’s parties: a personal opinion in an internal attachment points to 5.2', async () => {
    const opinion = aPdf(['Mijns inziens moeten we de regeling uitstellen.']);
    const internal = await aMailWithAttachments([
      { name: 'Reactie.pdf', contentType: 'application/pdf', bytes: opinion },
    ]);
    const external = await aMailWithAttachments(
      [{ name: 'Reactie.pdf', contentType: 'application/pdf', bytes: opinion }],
      { from: 'info@adviesbureau.example' },
    );
    const options = { organisationDomains: ['minbzk.nl'] };
    expect((await assessMailAttachments(internal, options))?.[0]).toMatchObject({
      grounds: ['5.2'],
    });
    expect((await assessMailAttachments(external, options))?.[0]).toMatchObject({ grounds: [] });
  });

  it('gives null for bytes that are no mail', async () => {
    expect(await assessMailAttachments(new Uint8Array([0, 1, 2, 0]))).toBeNull();
  });
});
