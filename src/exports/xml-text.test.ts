import { XMLParser } from 'fast-xml-parser';
import { create } from 'xmlbuilder2';
import { xmlChars, xmlText } from './xml-text';

const written = (text: string) =>
  create({ version: '1.0' }).ele('t').txt(xmlText(text)).end({ headless: true });
// A strict reader, not xmlbuilder2's own (which decodes references twice).
const parser = new XMLParser({
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: false,
});
const readBack = (xml: string): unknown => (parser.parse(xml) as { t: unknown }).t;

describe('xmlText', () => {
  it.each([
    'Agenda Q&A; overleg',
    'a &amp; b en &lt;script&gt;alert(1)&lt;/script&gt;',
    'Tekenreferentie &#0; en &#65;',
    'CDATA ]]> <![CDATA[ <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e; </besluit>',
    'a & b < c > d " e \' f',
  ])('writes %j so that it reads back as itself', (text) => {
    expect(readBack(written(text))).toBe(text);
  });

  it('drops what XML 1.0 cannot hold and keeps every other character', () => {
    const hostile = 'C\u0000o\u0001n\u0008t\u000B\u000C\u001B\u001Fr\uFFFE\uFFFFo\uD800l\uDC00e';
    expect(xmlChars(hostile)).toBe('Controle');
    expect(xmlChars('tab\tnl\ncr\r 😀 \uE000 \uFFFD')).toBe('tab\tnl\ncr\r 😀 \uE000 \uFFFD');
    expect(readBack(written(hostile))).toBe('Controle');
  });
});
