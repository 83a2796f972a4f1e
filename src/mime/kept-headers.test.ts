import { keepHeaders } from './kept-headers';

describe('keepHeaders', () => {
  it('keeps the headers that tell automated, bulk and meeting mail, lower-cased', () => {
    const kept = keepHeaders([
      { key: 'List-Unsubscribe', value: ' <mailto:af@x.nl> ' },
      { key: 'precedence', value: 'bulk' },
      { key: 'x-ms-exchange-organization-autoreply', value: 'OOF' },
      { key: 'x-ms-exchange-calendar-series-instance-id', value: 'BAAA' },
      { key: 'x-ms-exchange-organization-scl', value: '-1' },
      { key: 'dkim-signature', value: 'v=1; a=rsa-sha256' },
      { key: 'received', value: 'from a by b' },
    ]);
    expect(kept).toEqual({
      'list-unsubscribe': '<mailto:af@x.nl>',
      precedence: 'bulk',
      'x-ms-exchange-organization-autoreply': 'OOF',
      'x-ms-exchange-calendar-series-instance-id': 'BAAA',
    });
  });

  it('keeps the first of repeated headers, the newest hop', () => {
    const kept = keepHeaders([
      { key: 'return-path', value: '<bounce@lijst.nl>' },
      { key: 'return-path', value: '<oud@relay.nl>' },
    ]);
    expect(kept).toEqual({ 'return-path': '<bounce@lijst.nl>' });
  });
});
