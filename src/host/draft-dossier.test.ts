import { asDossierId } from '../core/ids';
import { clearDraftDossier, getDraftDossier, setDraftDossier } from './draft-dossier';
import {
  aReadItem,
  answers,
  installOffice,
  succeeded,
  uninstallOffice,
} from './office-mock.fixture';
import type { OfficeCallback } from './office-subset';

afterEach(uninstallOffice);

/** A draft whose internet headers and custom properties live in plain maps. */
function aDraft() {
  const headers = new Map<string, string>();
  const properties = new Map<string, string>();
  let saved = 0;
  const customProperties = {
    get: (name: string) => properties.get(name),
    set: (name: string, value: string) => properties.set(name, value),
    remove: (name: string) => properties.delete(name),
    saveAsync: (done: OfficeCallback<void>) => {
      saved += 1;
      done(succeeded(undefined));
    },
  };
  const item = {
    subject: { getAsync: answers(succeeded('Concept')) },
    internetHeaders: {
      getAsync: (names: string[], done: OfficeCallback<Record<string, string>>) =>
        done(
          succeeded(
            Object.fromEntries(
              names.filter((n) => headers.has(n)).map((n) => [n, headers.get(n)!]),
            ),
          ),
        ),
      setAsync: (values: Record<string, string>, done: OfficeCallback<void>) => {
        Object.entries(values).forEach(([name, value]) => headers.set(name, value));
        done(succeeded(undefined));
      },
      removeAsync: (names: string[], done: OfficeCallback<void>) => {
        names.forEach((name) => headers.delete(name));
        done(succeeded(undefined));
      },
    },
    loadCustomPropertiesAsync: answers(succeeded(customProperties)),
  };
  return { item, headers, properties, saves: () => saved };
}

describe('the dossier chosen on a draft', () => {
  it('is stored as a custom property, never as a header the recipients would get', async () => {
    const draft = aDraft();
    installOffice({ item: draft.item });
    await setDraftDossier(asDossierId('BZK-2024-0113'));
    expect(draft.headers.size).toBe(0);
    expect(draft.properties.get('bronvastDossier')).toBe('BZK-2024-0113');
    expect(draft.saves()).toBe(1);
    await expect(getDraftDossier()).resolves.toBe('BZK-2024-0113');
  });

  it('reads the custom property, trimmed, and before a header an earlier version set', async () => {
    const draft = aDraft();
    draft.properties.set('bronvastDossier', ' GEM-7 ');
    draft.headers.set('X-Bronvast-Dossier', 'BZK-1');
    installOffice({ item: draft.item });
    await expect(getDraftDossier()).resolves.toBe('GEM-7');
  });

  it('still reads and clears the header on a draft an earlier version marked', async () => {
    const draft = aDraft();
    draft.headers.set('X-Bronvast-Dossier', 'BZK-1');
    installOffice({ item: draft.item });
    await expect(getDraftDossier()).resolves.toBe('BZK-1');
    await clearDraftDossier();
    expect(draft.headers.size).toBe(0);
  });

  it('is null when nothing was chosen, and again after clearing', async () => {
    const draft = aDraft();
    installOffice({ item: draft.item });
    await expect(getDraftDossier()).resolves.toBeNull();
    await setDraftDossier(asDossierId('GEM-7'));
    await clearDraftDossier();
    await expect(getDraftDossier()).resolves.toBeNull();
    expect(draft.headers.size).toBe(0);
  });

  it('cannot be set on a mail being read', async () => {
    installOffice({ item: aReadItem() });
    await expect(setDraftDossier(asDossierId('GEM-7'))).rejects.toMatchObject({
      officeName: 'NoComposeItem',
    });
  });
});
