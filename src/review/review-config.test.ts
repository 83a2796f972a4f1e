import { DEMO_RECORDS_MANAGER, reviewAuth, reviewConfig } from './review-config';

const params = new URLSearchParams();

describe('the review page’s sign-in', () => {
  it('signs in as the demo records manager when no tenant is configured', () => {
    const config = reviewConfig({ graphBaseUrl: 'https://localhost:4000/v1.0' }, params);
    expect(config.auth).toEqual({ mode: 'demo' });
    expect(config.user).toEqual(DEMO_RECORDS_MANAGER);
  });

  it('signs in with MSAL at the tenant’s authority when client id and tenant are given', () => {
    const config = reviewConfig(
      {
        graphBaseUrl: 'https://graph.microsoft.com/v1.0',
        clientId: ' 0f1e2d3c-aaaa-bbbb-cccc-1234567890ab ',
        tenantId: 'gemeente.example',
      },
      params,
    );
    expect(config.auth).toEqual({
      mode: 'msal',
      clientId: '0f1e2d3c-aaaa-bbbb-cccc-1234567890ab',
      authority: 'https://login.microsoftonline.com/gemeente.example',
    });
  });

  it('keeps the demo sign-in when the client id or the tenant is missing or blank', () => {
    expect(reviewAuth({ clientId: 'c' })).toEqual({ mode: 'demo' });
    expect(reviewAuth({ tenantId: 't' })).toEqual({ mode: 'demo' });
    expect(reviewAuth({ clientId: 'c', tenantId: '  ' })).toEqual({ mode: 'demo' });
  });
});
