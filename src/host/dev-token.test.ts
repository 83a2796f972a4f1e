import { devToken, parseDevToken } from './dev-token';
import { DEV_DEFAULT_SCOPES } from './graph-scopes';

describe('dev tokens of the local record system', () => {
  it('carries a surface’s scopes as a JWT carries them in scp, and reads them back', () => {
    const token = devToken('beleid@bronvast.example', [
      'https://graph.microsoft.com/Mail.ReadWrite',
      'Sites.ReadWrite.All',
    ]);
    expect(token).toBe('dev:beleid@bronvast.example;scp=Mail.ReadWrite Sites.ReadWrite.All');
    expect(parseDevToken(token)).toEqual({
      upn: 'beleid@bronvast.example',
      scopes: ['Mail.ReadWrite', 'Sites.ReadWrite.All'],
    });
  });

  it('reads `dev:<upn>` as every scope Bronvast asks for, and refuses other tokens', () => {
    expect(parseDevToken('dev:beleid@bronvast.example')).toEqual({
      upn: 'beleid@bronvast.example',
      scopes: DEV_DEFAULT_SCOPES,
    });
    expect(parseDevToken('eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e30.x')).toBeUndefined();
    expect(parseDevToken('dev:')).toBeUndefined();
  });
});
