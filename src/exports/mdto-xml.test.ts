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
};

describe('mdtoXml', () => {
  it('writes an informatieobject and its bestand, both valid against MDTO 1.0.1', async () => {
    const records = [
      anExportRecord({ metadata: { received: new Date('2024-03-05T14:33:00Z') } }),
      anExportRecord({ fileName: 'Besluit.html', metadata: { sourceKind: 'chat' } }),
      withoutColumns(anExportRecord(), 'assessment', 'sent', 'dossier', 'filedAt', 'sourceId'),
    ];
    const documents = records.flatMap((record, index) => {
      const { informatieobject, bestand } = mdtoXml(record, config);
      return [
        { name: `${index}.mdto.xml`, xml: informatieobject },
        { name: `${index}.bestand.mdto.xml`, xml: bestand },
      ];
    });
    expect(await validateAgainst('mdto', documents)).toEqual({ valid: true, errors: [] });
  });

  it('describes the file: size, PRONOM format, SHA-256 with its date', () => {
    const record = anExportRecord({ size: 12345 });
    const { bestand } = mdtoXml(record, config);
    expect(bestand).toContain('<omvang>12345</omvang>');
    expect(bestand).toMatch(
      /<begripLabel>MIME Email<\/begripLabel>\s*<begripCode>fmt\/950<\/begripCode>/,
    );
    expect(bestand).toContain(`<checksumWaarde>${'ab'.repeat(32)}</checksumWaarde>`);
    expect(bestand).toContain('<checksumDatum>2024-03-06T09:00:00.000Z</checksumDatum>');
    expect(bestand).toContain(
      `<identificatieKenmerk>${recordNumber(record)}</identificatieKenmerk>`,
    );
    const chat = mdtoXml(
      anExportRecord({ fileName: 'Besluit.html', metadata: { sourceKind: 'chat' } }),
      config,
    );
    expect(chat.bestand).toContain('<begripCode>fmt/471</begripCode>');
  });

  it('names the archiefvormer by TOOI id and the Woo assessment as restriction', () => {
    const { informatieobject } = mdtoXml(anExportRecord(), config);
    expect(informatieobject).toMatch(
      /<archiefvormer>\s*<verwijzingNaam>ministerie van Binnenlandse Zaken en Koninkrijksrelaties<\/verwijzingNaam>\s*<verwijzingIdentificatie>\s*<identificatieKenmerk>https:\/\/identifier.overheid.nl\/tooi\/id\/ministerie\/mnre1034</,
    );
    expect(informatieobject).toContain('<begripLabel>Deels openbaar</begripLabel>');
    expect(informatieobject).toContain(
      '<beperkingGebruikNadereBeschrijving>art. 5.1.2e Woo; art. 5.2 Woo; Persoonsgegevens van de indiener.</beperkingGebruikNadereBeschrijving>',
    );
    expect(informatieobject).toContain('<begripLabel>Nog niet bepaald</begripLabel>');
  });

  it('takes the waardering from configuration', () => {
    const { informatieobject } = mdtoXml(anExportRecord(), {
      ...config,
      waardering: { label: 'Blijvend te bewaren', code: 'B' },
    });
    expect(informatieobject).toMatch(
      /<begripLabel>Blijvend te bewaren<\/begripLabel>\s*<begripCode>B</,
    );
  });
});
