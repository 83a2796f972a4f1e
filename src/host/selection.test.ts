import {
  aReadItem,
  answers,
  installOffice,
  succeeded,
  uninstallOffice,
} from './office-mock.fixture';
import { getSelectedItems } from './selection';
import { displayLocale } from './display-locale';
import { onItemChanged } from './item-changed';

afterEach(uninstallOffice);

const selected = [
  { itemId: 'ews-1', itemType: 'message', itemMode: 'read', subject: 'Eén', conversationId: 'c1' },
  { itemId: 'ews-2', itemType: 'appointment', itemMode: 'read', subject: 'Overleg' },
  {
    itemId: 'ews-3',
    itemType: 'message',
    itemMode: 'read',
    subject: 'Drie',
    internetMessageId: '<3@x>',
  },
];

describe('the selection', () => {
  it('lists the selected messages on Mailbox 1.13, leaving appointments out', async () => {
    installOffice({
      sets: { Mailbox: '1.13' },
      mailbox: { getSelectedItemsAsync: answers(succeeded(selected)) },
    });
    await expect(getSelectedItems()).resolves.toEqual([
      { itemId: 'ews-1', subject: 'Eén', mode: 'read', conversationId: 'c1' },
      { itemId: 'ews-3', subject: 'Drie', mode: 'read', internetMessageId: '<3@x>' },
    ]);
  });

  it('is the open mail where multi-select is missing', async () => {
    installOffice({ sets: { Mailbox: '1.12' }, item: aReadItem() });
    const items = await getSelectedItems();
    expect(items.map((item) => item.itemId)).toEqual(['AAMkAGI2-ews-1']);
  });

  it('is empty with no item and no multi-select', async () => {
    installOffice({ sets: { Mailbox: '1.9' } });
    await expect(getSelectedItems()).resolves.toEqual([]);
  });
});

describe('the display language', () => {
  it('is the tag Outlook gives', () => {
    installOffice({ displayLanguage: 'en-GB' });
    expect(displayLocale()).toBe('en-GB');
  });
});

describe('item changes of the pinned pane', () => {
  it('registers for item and selection changes and can remove the handlers again', async () => {
    const added: string[] = [];
    const removed: string[] = [];
    installOffice({
      mailbox: {
        addHandlerAsync: (type: string, _handler: () => void, done: (r: unknown) => void) => {
          added.push(type);
          done(succeeded(undefined));
        },
        removeHandlerAsync: (type: string, done: (r: unknown) => void) => {
          removed.push(type);
          done(succeeded(undefined));
        },
      },
    });
    const remove = await onItemChanged(() => undefined);
    expect(added).toEqual(['olkItemSelectedChanged', 'olkSelectedItemsChanged']);
    await remove();
    expect(removed).toEqual(['olkItemSelectedChanged', 'olkSelectedItemsChanged']);
  });

  it('calls the handler once registered when another item opened since the last read', async () => {
    installOffice({ item: aReadItem({ itemId: 'AAMkAGI2-ews-2' }) });
    const changed = jest.fn();
    await onItemChanged(changed, () => 'read:AAMkAGI2-ews-1');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('stays quiet once registered when the item read last is still open', async () => {
    installOffice({ item: aReadItem({ itemId: 'AAMkAGI2-ews-1' }) });
    const changed = jest.fn();
    await onItemChanged(changed, () => 'read:AAMkAGI2-ews-1');
    expect(changed).not.toHaveBeenCalled();
  });

  it('listens to item changes only below Mailbox 1.13', async () => {
    const added: string[] = [];
    installOffice({
      sets: { Mailbox: '1.12' },
      mailbox: {
        addHandlerAsync: (type: string, _handler: () => void, done: (r: unknown) => void) => {
          added.push(type);
          done(succeeded(undefined));
        },
      },
    });
    await onItemChanged(() => undefined);
    expect(added).toEqual(['olkItemSelectedChanged']);
  });
});
