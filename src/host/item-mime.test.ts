import { asRestItemId, type RestItemId } from '../core/ids';
import { decodeBase64, getCurrentItemMime } from './item-mime';
import { toRestId } from './item-id';
import {
  aReadItem,
  answers,
  failed,
  installOffice,
  succeeded,
  uninstallOffice,
} from './office-mock.fixture';

afterEach(uninstallOffice);

const eml = 'Message-ID: <a@b.example>\r\nSubject: Ontwerp\r\n\r\nTekst\r\n';
const base64 = Buffer.from(eml, 'utf8').toString('base64');

describe('the full MIME of the open mail', () => {
  it('comes from getAsFileAsync on Mailbox 1.14, decoded from Base64', async () => {
    installOffice({
      item: aReadItem({ getAsFileAsync: answers(succeeded(base64)) }),
      sets: { Mailbox: '1.14' },
    });
    const fetchMime = jest.fn<Promise<Uint8Array>, [RestItemId]>();
    const mime = await getCurrentItemMime(fetchMime);
    expect(mime.via).toBe('getAsFileAsync');
    expect(new TextDecoder().decode(mime.bytes)).toBe(eml);
    expect(fetchMime).not.toHaveBeenCalled();
  });

  it('comes from Graph with the REST id below Mailbox 1.14', async () => {
    installOffice({
      item: aReadItem({ getAsFileAsync: answers(succeeded(base64)) }),
      sets: { Mailbox: '1.13' },
    });
    const bytes = new TextEncoder().encode(eml);
    const fetchMime = jest.fn((_id: RestItemId) => Promise.resolve(bytes));
    const mime = await getCurrentItemMime(fetchMime);
    expect(mime).toEqual({ bytes, via: 'graph' });
    expect(fetchMime).toHaveBeenCalledWith(asRestItemId('rest(v2.0):AAMkAGI2-ews-1'));
  });

  it('passes Office’s failure on as an OfficeCallError', async () => {
    installOffice({ item: aReadItem({ getAsFileAsync: answers(failed(5001, 'InternalError')) }) });
    await expect(getCurrentItemMime(jest.fn())).rejects.toMatchObject({
      name: 'OfficeCallError',
      code: 5001,
    });
  });

  it('refuses in compose mode', async () => {
    installOffice({ item: { subject: { getAsync: answers(succeeded('x')) } } });
    await expect(getCurrentItemMime(jest.fn())).rejects.toMatchObject({ officeName: 'NoReadItem' });
  });

  it('decodes Base64 with line breaks', () => {
    const wrapped = base64.replace(/(.{20})/g, '$1\r\n');
    expect(new TextDecoder().decode(decodeBase64(wrapped))).toBe(eml);
  });
});

describe('item ids', () => {
  it('keeps EWS and REST ids apart at compile time', () => {
    installOffice({ item: aReadItem() });
    const rest: RestItemId = asRestItemId('AAMk-rest');
    // @ts-expect-error a REST id is not an EWS id: toRestId takes only what Office.js gave
    expect(toRestId(rest)).toBe('rest(v2.0):AAMk-rest');
  });
});
