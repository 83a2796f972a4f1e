import { validateAgainst } from '../../test/xsd/validate-xml';
import { diwooSitemap } from './diwoo-sitemap';
import { diwooXml } from './diwoo-xml';
import type { XmlExportConfig } from './export-config';
import { anExportRecord, withoutColumns } from './export-record.fixture';

const config: XmlExportConfig = {
  organisation: {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
    name: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  },
  organisationDomains: ['minbzk.nl'],
};

const HOSTILE = [
  'Agenda Q&A; overleg',
  'Controle\u0001\u0002\u0007\u0008\u000B\u000C\u001B\u001F tekens',
  '\u0000NUL in onderwerp',
  'Niet-tekens \uFFFE\uFFFF en \uD800 losse helft',
  'Tekst met a &amp; b en &lt;script&gt;alert(1)&lt;/script&gt;',
  'Tekenreferentie &#0; en &#65;',
  'CDATA ]]> <![CDATA[ <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e; </besluit>',
];

describe('diwooXml', () => {
  it('writes a document valid against DiWoo 0.9.8', async () => {
    const mail = diwooXml(anExportRecord(), config);
    const chat = diwooXml(anExportRecord({ metadata: { sourceKind: 'chat' } }), config);
    const bare = diwooXml(
      withoutColumns(anExportRecord(), 'wooCategory', 'sent', 'subject', 'dossier', 'from'),
      config,
    );
    const verdict = await validateAgainst('diwoo', [
      { name: 'mail.xml', xml: mail },
      { name: 'chat.xml', xml: chat },
      { name: 'bare.xml', xml: bare },
    ]);
    expect(verdict).toEqual({ valid: true, errors: [] });
  });

  it('stays well-formed and valid whatever a subject, dossier or sender holds', async () => {
    const documents = HOSTILE.map((text, index) => ({
      name: `${index}.xml`,
      xml: diwooXml(
        anExportRecord({
          metadata: { subject: text, dossier: text as never, sourceId: text as never },
        }),
        config,
      ),
    }));
    expect(await validateAgainst('diwoo', documents)).toEqual({ valid: true, errors: [] });
    expect(documents[0]?.xml).toContain('<diwoo:officieleTitel>Agenda Q&amp;A; overleg<');
    expect(documents[4]?.xml).toContain('a &amp;amp; b en &amp;lt;script&amp;gt;');
  });

  it('carries publisher, title, category URI, the action of a received mail and no format', () => {
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
    expect(xml).not.toContain('diwoo:format');
    expect(xml).not.toContain('Plain text');
    expect(xml).toContain('<diwoo:aggregatiekenmerk>BZK-2024-0113</diwoo:aggregatiekenmerk>');
  });

  it('calls a mail from the organisation’s own domain settled when sent, not received', () => {
    const own = anExportRecord({
      metadata: {
        from: 'Pieter Jansen <p.jansen@minbzk.nl>',
        sent: new Date('2024-03-05T10:00:00Z'),
        received: new Date('2024-03-05T10:00:05Z'),
      },
    });
    const xml = diwooXml(own, config);
    expect(xml).toMatch(
      /c_641ecd76">vaststelling<\/diwoo:soortHandeling>\s*<diwoo:atTime>2024-03-05T10:00:00.000Z</,
    );
    expect(xml).not.toContain('ontvangst');
  });

  it('publishes a Woo request’s documents under 3.3.2i, active disclosure under their own category', () => {
    const record = anExportRecord();
    expect(diwooXml(record, { ...config, context: 'woo-verzoek' })).toContain(
      'kern/c_3baef532">Woo-verzoeken en -besluiten<',
    );
    expect(diwooXml(record, config)).toContain('kern/c_99a836c7"');
  });

  it('files a record without category under art. 3.1 and a chat as settled, in HTML', () => {
    const chat = withoutColumns(
      anExportRecord({ metadata: { sourceKind: 'chat' } }),
      'wooCategory',
    );
    const xml = diwooXml(chat, config);
    expect(xml).toContain('kern/c_816e508d"');
    expect(xml).toContain('c_641ecd76">vaststelling<');
    expect(xml).toContain('file-type/HTML');
  });

  it('writes a harvestable sitemap with the DiWoo extension, valid against both', async () => {
    const records = [anExportRecord(), anExportRecord({ metadata: { subject: HOSTILE[0] ?? '' } })];
    const sitemap = diwooSitemap(records, config, {
      publicationUrl: 'https://open.example.nl/woo/17',
    });
    expect(sitemap).toMatch(/<loc>https:\/\/open\.example\.nl\/woo\/17\/\d{12}<\/loc>/);
    expect(await validateAgainst('sitemap', [{ name: 'sitemap.xml', xml: sitemap }])).toEqual({
      valid: true,
      errors: [],
    });
  });

  it('is rejected by the schema when the publisher is no TOOI organisation', async () => {
    const wrong = { ...config, organisation: { tooiUri: 'https://example.nl/org', name: 'Fout' } };
    const verdict = await validateAgainst('diwoo', [
      { name: 'wrong.xml', xml: diwooXml(anExportRecord(), wrong) },
    ]);
    expect(verdict.valid).toBe(false);
  });
});
