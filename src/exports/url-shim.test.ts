import { domainToASCII as nodeToASCII } from 'node:url';
import { domainToASCII } from './url-shim';

describe('the url shim of browser bundles', () => {
  it('converts domains to ASCII as Node does', () => {
    for (const domain of ['bücher.example', 'overheid.nl', 'ÉXAMPLE.nl'])
      expect(domainToASCII(domain)).toBe(nodeToASCII(domain));
    expect(domainToASCII('a b')).toBe('');
  });
});
