import { validateAgainst } from '../../test/xsd/validate-xml';
import { diwooXml } from './diwoo-xml';
import type { XmlExportConfig } from './export-config';
import { anExportRecord, withoutColumns } from './export-record.fixture';

const config: XmlExportConfig = {
  organisation: {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
    name: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  },
};

describe('diwooXml', () => {
  it('writes a document valid against DiWoo 0.9.8', async () => {
    const mail = diwooXml(anExportRecord(), config);
    const chat = diwooXml(anExportRecord({ metadata: { sourceKind: 'chat' } }), config);
    const bare = diwooXml(
      withoutColumns(anExportRecord(), 'wooCategory', 'sent', 'subject', 'dossier'),
      config,
    );
    const verdict = await validateAgainst('diwoo', [
      { name: 'mail.xml', xml: mail },
      { name: 'chat.xml', xml: chat },
      { name: 'bare.xml', xml: bare },
    ]);
    expect(verdict).toEqual({ valid: true, errors: [] });
  });

  it('carries publisher, title, category URI, actions and format', () => {
    const record = anExportRecord({
      metadata: { subject: 'Advies Woo & co', received: new Date('2024-03-05T14:33:00Z') },
    });
    const xml = diwooXml(record, config);
    expect(xml).toContain(
      '<diwoo:publisher resource="https://identifier.overheid.nl/tooi/id/ministerie/mnre1034">ministerie van Binnenlandse Zaken en Koninkrijksrelaties</diwoo:publisher>',
    );
    expect(xml).toContain('<diwoo:officieleTitel>Advies Woo &amp; co</diwoo:officieleTitel>');
    expect(xml).toContain(
      'resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_99a836c7">adviezen<',
    );
    expect(xml).toMatch(
      /c_dfcee535">ontvangst<\/diwoo:soortHandeling>\s*<diwoo:atTime>2024-03-05T14:33:00.000Z</,
    );
    expect(xml).toContain('file-type/TXT');
    expect(xml).toContain('<diwoo:aggregatiekenmerk>BZK-2024-0113</diwoo:aggregatiekenmerk>');
  });

  it('files a record without category under art. 3.1 and a sent chat as settled', () => {
    const chat = withoutColumns(
      anExportRecord({ metadata: { sourceKind: 'chat' } }),
      'wooCategory',
    );
    const xml = diwooXml(chat, config);
    expect(xml).toContain('kern/c_816e508d"');
    expect(xml).toContain('c_641ecd76">vaststelling<');
    expect(xml).toContain('file-type/HTML');
  });

  it('is rejected by the schema when the publisher is no TOOI organisation', async () => {
    const wrong = { organisation: { tooiUri: 'https://example.nl/org', name: 'Fout' } };
    const verdict = await validateAgainst('diwoo', [
      { name: 'wrong.xml', xml: diwooXml(anExportRecord(), wrong) },
    ]);
    expect(verdict.valid).toBe(false);
  });
});
