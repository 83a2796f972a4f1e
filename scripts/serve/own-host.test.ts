import { ownHostCheck } from './own-host';

describe('ownHostCheck', () => {
  const check = ownHostCheck({
    port: () => 43010,
    scheme: 'http',
    listenHost: '127.0.0.1',
    extraNames: [],
  });

  it('takes the loopback names with the server port', () => {
    for (const host of ['localhost:43010', '127.0.0.1:43010', '[::1]:43010', 'LOCALHOST:43010'])
      expect(check(host)).toBe(true);
  });

  it('refuses another name, another port, no port, no header and malformed values', () => {
    for (const host of [
      'rebind.attacker.example:43010',
      'localhost.attacker.example:43010',
      'localhost:43011',
      'localhost',
      'localhost.:43010',
      'localhost:43010:1',
      'user@localhost:43010',
      '',
      undefined,
    ])
      expect(check(host)).toBe(false);
  });

  it('takes a named listen interface and the names an administrator allows', () => {
    const opened = ownHostCheck({
      port: () => 443,
      scheme: 'https',
      listenHost: '10.0.0.5',
      extraNames: ['werkbank.intern.example'],
    });
    expect(opened('10.0.0.5')).toBe(true);
    expect(opened('werkbank.intern.example:443')).toBe(true);
    expect(opened('andere.intern.example')).toBe(false);
    const wildcard = ownHostCheck({ port: () => 80, scheme: 'http', listenHost: '0.0.0.0' });
    expect(wildcard('0.0.0.0')).toBe(false);
  });
});
