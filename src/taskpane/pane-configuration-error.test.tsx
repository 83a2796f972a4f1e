/** @jest-environment jsdom */
import type { FailureCode } from '../ui';
import { screen } from '@testing-library/react';
import { SiteNotProvisionedError } from '../filing/filing-error';
import { SignInError } from '../host/SignInError';
import type { FileJob } from '../filing/outbox';
import { aReadItem, fakeServices } from './pane-fixtures';
import { renderPane } from './render-pane.fixture';

const neverFiles: FileJob<FailureCode> = () => Promise.reject(new Error('not used'));

describe('the task pane when the record system cannot be reached as configured', () => {
  it('tells the officer once what the administrator must do when the site is not set up', async () => {
    const loadDossiers = () => Promise.reject(new SiteNotProvisionedError(['Records']));
    renderPane(fakeServices(aReadItem(), neverFiles, { loadDossiers }));
    const alert = await screen.findByText(/archiefsite is niet ingericht/);
    expect(alert.textContent).toContain(
      'De archiefsite is niet ingericht voor Bronvast. Vraag de beheerder de inrichting (provisioning) uit te voeren.',
    );
    expect(alert.textContent).not.toMatch(/verbinding|opnieuw geprobeerd/);
  });

  it('says a sign-in failed as such, not that there is no connection', async () => {
    const loadDossiers = () => Promise.reject(new SignInError('dialog-closed'));
    renderPane(fakeServices(aReadItem(), neverFiles, { loadDossiers }));
    const alert = await screen.findByText(/aanmeldvenster is gesloten/);
    expect(alert.textContent).not.toMatch(/geen verbinding/);
  });
});
