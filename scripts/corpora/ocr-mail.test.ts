import { parseOcrMail } from './ocr-mail';

describe('parseOcrMail', () => {
  it('reads a flattened header block (runs of spaces) and keeps the body apart', () => {
    const text =
      '    NN    Van:   Verzonden:   Aan:   Onderwerp: Voornemen tot sloop Dorpsstraat 1-9   ' +
      'Bijlagen: aankondiging voornemen tot sloop.pdf    Eerder spraken we elkaar over de plannen.';
    const mail = parseOcrMail(text);
    expect(mail.subject).toBe('Voornemen tot sloop Dorpsstraat 1-9');
    expect(mail.attachments.map((a) => a.name)).toEqual(['aankondiging voornemen tot sloop.pdf']);
    expect(mail.body).toBe('Eerder spraken we elkaar over de plannen.');
  });

  it('reads line-based English headers with addresses', () => {
    const text =
      'From: Jan <jan@gemeente.nl>\nSent: Thu, 8 Dec 2022\nTo: a@gemeente.nl; b@provincie.nl\n' +
      'Subject: RE: locatiestudie\n\nDank voor de reactie.';
    const mail = parseOcrMail(text);
    expect(mail.from).toEqual({ address: 'jan@gemeente.nl' });
    expect(mail.to.map((p) => p.address)).toEqual(['a@gemeente.nl', 'b@provincie.nl']);
    expect(mail.subject).toBe('RE: locatiestudie');
    expect(mail.body).toBe('Dank voor de reactie.');
  });

  it('takes the subject after a run of spaces and leaves text without headers whole', () => {
    expect(parseOcrMail('Onderwerp:    Geaccepteerd: Planoverleg').subject).toBe(
      'Geaccepteerd: Planoverleg',
    );
    expect(parseOcrMail('Beste collega, dank voor je bericht.').body).toBe(
      'Beste collega, dank voor je bericht.',
    );
  });
});
