import { showItemNotice, showTaskpane } from './notifications';
import { aReadItem, installOffice, succeeded, uninstallOffice } from './office-mock.fixture';
import type { OfficeCallback, OfficeNotification } from './office-subset';

afterEach(uninstallOffice);

function withNotices() {
  const notices: { key: string; details: OfficeNotification }[] = [];
  const notificationMessages = {
    replaceAsync: (key: string, details: OfficeNotification, done: OfficeCallback<void>) => {
      notices.push({ key, details });
      done(succeeded(undefined));
    },
  };
  return { notices, item: aReadItem({ notificationMessages }) };
}

describe('notices on the item', () => {
  it('replace Bronvast’s earlier notice', async () => {
    const { notices, item } = withNotices();
    installOffice({ item });
    await showItemNotice('Vastgelegd in dossier X.');
    await showItemNotice('Mislukt.', 'error');
    expect(notices.map((notice) => notice.key)).toEqual(['bronvast', 'bronvast']);
    expect(notices[1]?.details).toEqual({ type: 'errorMessage', message: 'Mislukt.' });
  });
});

describe('opening the task pane from a command', () => {
  it('uses Office.addin.showAsTaskpane where the shared runtime exists', async () => {
    const { notices, item } = withNotices();
    const showAsTaskpane = jest.fn(() => Promise.resolve());
    installOffice({
      item,
      sets: { Mailbox: '1.14', SharedRuntime: '1.1' },
      extra: { addin: { showAsTaskpane } },
    });
    await showTaskpane('Kies een dossier.', 'Bronvast openen', 'msgReadOpenPaneButton');
    expect(showAsTaskpane).toHaveBeenCalled();
    expect(notices).toEqual([]);
  });

  it('offers an insight notice with an open button in Outlook without shared runtime', async () => {
    const { notices, item } = withNotices();
    installOffice({
      item,
      sets: { Mailbox: '1.14' },
      extra: { addin: { showAsTaskpane: jest.fn() } },
    });
    await showTaskpane('Kies een dossier.', 'Bronvast openen', 'msgReadOpenPaneButton');
    expect(notices[0]?.details).toMatchObject({
      type: 'insightMessage',
      message: 'Kies een dossier.',
      actions: [
        {
          actionType: 'showTaskPane',
          actionText: 'Bronvast openen',
          commandId: 'msgReadOpenPaneButton',
        },
      ],
    });
  });

  it('shows a plain notice below Mailbox 1.10', async () => {
    const { notices, item } = withNotices();
    installOffice({ item, sets: { Mailbox: '1.9' } });
    await showTaskpane('Kies een dossier.', 'Bronvast openen', 'msgReadOpenPaneButton');
    expect(notices[0]?.details.type).toBe('informationalMessage');
  });
});
