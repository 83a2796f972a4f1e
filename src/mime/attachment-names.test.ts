import { attachmentNames } from './attachment-names';

const mime = [
  'Message-ID: <bijlagen@example.nl>',
  'Subject: Advies',
  'From: jan@example.nl',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: multipart/related; boundary="b2"',
  '',
  '--b2',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Zie bijlage <img src="cid:logo"></p>',
  '--b2',
  'Content-Type: image/png; name="logo.png"',
  'Content-ID: <logo>',
  'Content-Disposition: inline; filename="logo.png"',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgo=',
  '--b2--',
  '--b1',
  'Content-Type: application/pdf; name="Advies.pdf"',
  'Content-Disposition: attachment; filename="Advies.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--b1--',
  '',
].join('\r\n');

describe('attachmentNames', () => {
  it('lists the attachments of a stored mail, not the images shown inline', async () => {
    expect(await attachmentNames(mime)).toEqual(['Advies.pdf']);
  });

  it('answers null for bytes that are no mail', async () => {
    expect(await attachmentNames(new Uint8Array([0, 1, 2, 3, 0, 0, 0]))).toBeNull();
  });
});
