import { validateAgainst } from '../../test/xsd/validate-xml';
import type { XmlExportConfig } from './export-config';
import { anExportRecord, withoutColumns } from './export-record.fixture';
import { mdtoXml } from './mdto-xml';
import { recordNumber } from './record-number';

const config: XmlExportConfig = {
  organisation: {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
    name: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  },
  organisationDomains: ['bronvast.example'],
};

const documentsOf = (records: ReturnType<typeof anExportRecord>[]) =>
  records.flatMap((record, index) => {
    const { informatieobject, bestand } = mdtoXml(record, config);
    return [
      { name: `${index}.mdto.xml`, xml: informatieobject },
      ...(bestand === null ? [] : [{ name: `${index}.bestand.mdto.xml`, xml: bestand }]),
    ];
  });

describe('mdtoXml', () => {
  it('writes an informatieobject and its bestand, both valid against MDTO 1.0.1', async () => {
    const records = [
      anExportRecord({ metadata: { received: new Date('2024-03-05T14:33:00Z') } }),
      anExportRecord({ fileName: 'Besluit.html', metadata: { sourceKind: 'chat' } }),
      withoutColumns(anExportRecord(), 'assessment', 'sent', 'dossier', 'filedAt', 'sourceId'),
      anExportRecord({
        metadata: { subject: 'Q&A; \u0000\uFFFE &amp; ]]>', toelichting: 'NUL\u0000 \u001B &#0;' },
      }),
    ];
    const documents = documentsOf(records);
    expect(documents).toHaveLength(8);
    expect(await validateAgainst('mdto', documents)).toEqual({ valid: true, errors: [] });
  });

  it('describes the file: size, PRONOM format, SHA-256 as the list spells it, with its date', () => {
    const record = anExportRecord({ size: 12345 });
    const { bestand } = mdtoXml(record, config);
    expect(bestand).toContain('<omvang>12345</omvang>');
    expect(bestand).toMatch(
      /<begripLabel>MIME Email<\/begripLabel>\s*<begripCode>fmt\/950<\/begripCode>/,
    );
    expect(bestand).toMatch(/<begripLabel>SHA-256<\/begripLabel>/);
    expect(bestand).toContain(`<checksumWaarde>${'ab'.repeat(32)}</checksumWaarde>`);
    expect(bestand).toContain('<checksumDatum>2024-03-06T09:00:00.000Z</checksumDatum>');
    expect(bestand).toContain(
      `<identificatieKenmerk>${recordNumber(record)}-bestand</identificatieKenmerk>`,
    );
    const chat = mdtoXml(
      anExportRecord({ fileName: 'Besluit.html', metadata: { sourceKind: 'chat' } }),
      config,
    );
    expect(chat.bestand).toContain('<begripCode>fmt/471</begripCode>');
    const msg = mdtoXml(anExportRecord({ fileName: '2024-03-05 Advies.msg' }), config);
    expect(msg.bestand).toMatch(
      /Microsoft Outlook Email Message<\/begripLabel>\s*<begripCode>x-fmt\/430</,
    );
  });

  it('writes no bestand with an empty checksum or an invented size', () => {
    const { informatieobject, bestand } = mdtoXml(
      withoutColumns(anExportRecord(), 'sha256'),
      config,
    );
    expect(bestand).toBeNull();
    expect(informatieobject).not.toContain('heeftRepresentatie');
    expect(mdtoXml(anExportRecord({ size: undefined as never }), config).bestand).toBeNull();
  });

  it('records Opname, and Verzending only for mail the organisation sent', () => {
    const received = mdtoXml(
      anExportRecord({
        metadata: {
          from: 'Sanne Vermeulen <s.vermeulen@minlnv.nl>',
          sent: new Date('2024-03-05T14:32:10Z'),
          received: new Date('2024-03-05T14:33:00Z'),
        },
      }),
      config,
    ).informatieobject;
    expect(received).toContain('<begripLabel>Ontvangst</begripLabel>');
    expect(received).not.toContain('Verzending');
    expect(received).toContain('<begripLabel>Opname</begripLabel>');
    expect(received).not.toContain('Registratie');
    const sent = mdtoXml(
      anExportRecord({ metadata: { from: 'Beleid <beleid@bronvast.example>' } }),
      config,
    ).informatieobject;
    expect(sent).toContain('<begripLabel>Verzending</begripLabel>');
    expect(sent).not.toContain('Ontvangst');
  });

  it('names the archiefvormer by TOOI id and an accepted Woo assessment as restriction', () => {
    const { informatieobject } = mdtoXml(anExportRecord(), config);
    expect(informatieobject).toMatch(
      /<archiefvormer>\s*<verwijzingNaam>ministerie van Binnenlandse Zaken en Koninkrijksrelaties<\/verwijzingNaam>\s*<verwijzingIdentificatie>\s*<identificatieKenmerk>https:\/\/identifier.overheid.nl\/tooi\/id\/ministerie\/mnre1034</,
    );
    expect(informatieobject).toContain('<begripLabel>Deels openbaar</begripLabel>');
    expect(informatieobject).toContain(
      '<beperkingGebruikNadereBeschrijving>art. 5.1.2e Woo; art. 5.2 Woo; Persoonsgegevens van de indiener.</beperkingGebruikNadereBeschrijving>',
    );
  });

  it('says Nader te bepalen where nothing is assessed or decided, from MDTO’s own lists', () => {
    const { informatieobject } = mdtoXml(
      anExportRecord({ metadata: { reviewStatus: 'te-beoordelen' } }),
      config,
    );
    expect(informatieobject).toMatch(
      /<beperkingGebruikType>\s*<begripLabel>Nader te bepalen<\/begripLabel>\s*<begripBegrippenlijst>\s*<verwijzingNaam>Begrippenlijst BeperkingGebruikTypeLijst MDTO</,
    );
    expect(informatieobject).not.toContain('Deels openbaar');
    expect(informatieobject).toMatch(
      /<waardering>\s*<begripLabel>Nader te bepalen<\/begripLabel>\s*<begripCode>N<\/begripCode>/,
    );
  });

  it('takes the waardering from MDTO’s closed list', () => {
    const { informatieobject } = mdtoXml(anExportRecord(), { ...config, waardering: 'B' });
    expect(informatieobject).toMatch(
      /<begripLabel>Blijvend te bewaren<\/begripLabel>\s*<begripCode>B</,
    );
  });
});
