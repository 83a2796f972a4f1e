import type { IPublicClientApplication } from '@azure/msal-browser';
import { readDialogArg } from './dialog-token';
import { completeDialogSignIn } from './signin-dialog';

function aClient(redirectResult: unknown, failure?: Error) {
  const loginRedirect = jest.fn(() => Promise.resolve());
  const client = {
    handleRedirectPromise: jest.fn(() =>
      failure ? Promise.reject(failure) : Promise.resolve(redirectResult),
    ),
    loginRedirect,
  };
  return { loginRedirect, client: client as unknown as IPublicClientApplication };
}

describe('the sign-in page of the Office dialog', () => {
  it('sends the user to sign in on the first visit', async () => {
    const { client, loginRedirect } = aClient(null);
    const send = jest.fn();
    await completeDialogSignIn({ clientId: 'c' }, { client, send });
    expect(loginRedirect).toHaveBeenCalledWith({
      scopes: [
        'https://graph.microsoft.com/Mail.ReadWrite',
        'https://graph.microsoft.com/Mail.ReadWrite.Shared',
        'https://graph.microsoft.com/User.ReadBasic.All',
        'https://graph.microsoft.com/Sites.ReadWrite.All',
        'https://graph.microsoft.com/Sites.FullControl.All',
        'https://graph.microsoft.com/GroupMember.Read.All',
      ],
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('hands the token to the pane after the redirect, in the shape the pane reads', async () => {
    const expiresOn = new Date('2026-01-01T12:00:00Z');
    const { client } = aClient({ accessToken: 'tok', expiresOn });
    const send = jest.fn<void, [string]>();
    await completeDialogSignIn({ clientId: 'c' }, { client, send });
    expect(readDialogArg({ message: send.mock.calls[0]![0] })).toEqual({
      accessToken: 'tok',
      expiresOn: expiresOn.getTime(),
    });
  });

  it('reports a failed sign-in as an error code', async () => {
    const failure = Object.assign(new Error('denied'), { errorCode: 'access_denied' });
    const { client } = aClient(null, failure);
    const send = jest.fn<void, [string]>();
    await completeDialogSignIn({ clientId: 'c' }, { client, send });
    expect(readDialogArg({ message: send.mock.calls[0]![0] })).toMatchObject({
      code: 'sign-in-failed',
      message: 'sign-in-failed: access_denied',
    });
  });
});
