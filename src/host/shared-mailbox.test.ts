import { readCurrentItem } from './current-item';
import {
  aReadItem,
  answers,
  failed,
  installOffice,
  succeeded,
  uninstallOffice,
} from './office-mock.fixture';

afterEach(uninstallOffice);

describe('the mailbox of the open mail', () => {
  it('is the shared mailbox Office names for a mail opened from one', async () => {
    installOffice({
      item: aReadItem({
        getSharedPropertiesAsync: answers(
          succeeded({
            targetMailbox: 'postbus-woo@bronvast.example',
            owner: 'postbus-woo@bronvast.example',
          }),
        ),
      }),
    });
    expect(await readCurrentItem()).toMatchObject({
      mode: 'read',
      mailbox: 'postbus-woo@bronvast.example',
    });
  });

  it('is the officer’s own when the item has no shared properties or they fail', async () => {
    installOffice({ item: aReadItem() });
    expect(await readCurrentItem()).not.toHaveProperty('mailbox');
    uninstallOffice();
    installOffice({
      item: aReadItem({ getSharedPropertiesAsync: answers(failed(9041, 'NotShared')) }),
    });
    expect(await readCurrentItem()).not.toHaveProperty('mailbox');
  });
});
