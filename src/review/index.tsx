import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { rememberOnce, requireSite } from '../filing';
import { createGraphClient } from '../graph';
import { devToken, REVIEW_SCOPES, signInBrowserPage, type TokenProvider } from '../host';
import { surfaceTexts, TextsContext } from '../ui';
import { buildReviewServices } from './build-review-services';
import { reviewConfig, type ReviewPageConfig } from './review-config';
import type { ReviewUser } from './review-services';
import { ReviewPage } from './ReviewPage';
import { reviewTexts } from '../texts/review';
import { ReviewTextsContext } from './ReviewTexts';

/** The review page's composition root: config from its server, the Graph client, the services. */
async function main(): Promise<void> {
  const response = await fetch('workbench-config.json');
  const served: Parameters<typeof reviewConfig>[0] = await response.json();
  const params = new URLSearchParams(globalThis.location.search);
  const config = reviewConfig(served, params);
  const signIn = await signedIn(config);
  if (signIn === null) return;
  const { user, tokenProvider } = signIn;
  const client = createGraphClient({ tokenProvider, baseUrl: config.graphBaseUrl });
  const siteIds = rememberOnce(() => requireSite(client, config.site));
  const services = buildReviewServices({
    client,
    site: siteIds,
    user,
    recordsManagersGroup: config.recordsManagersGroup,
    organisationDomains: config.organisationDomains,
  });
  const wooDesk = () =>
    import('./woo-desk/build-woo-desk-services').then(({ buildWooDeskServices }) =>
      buildWooDeskServices({
        client,
        site: siteIds,
        organisation: config.organisation,
        organisationDomains: config.organisationDomains,
      }),
    );
  document.documentElement.lang = config.language;
  document.title = reviewTexts(config.language).title;
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={surfaceTexts(config.language)}>
        <ReviewTextsContext.Provider value={reviewTexts(config.language)}>
          <ReviewPage
            services={services}
            organisationDomains={config.organisationDomains}
            organisation={config.organisation}
            wooDesk={wooDesk}
          />
        </ReviewTextsContext.Provider>
      </TextsContext.Provider>
    </FluentProvider>,
  );
}

/** Who works on the page and their tokens; null while the page is away signing in. */
async function signedIn(
  config: ReviewPageConfig,
): Promise<{ user: ReviewUser; tokenProvider: TokenProvider } | null> {
  if (config.auth.mode === 'demo')
    return {
      user: config.user,
      tokenProvider: () => Promise.resolve(devToken(config.user.address, REVIEW_SCOPES)),
    };
  const outcome = await signInBrowserPage(config.auth);
  return outcome.kind === 'signed-in' ? outcome : null;
}

void main();
