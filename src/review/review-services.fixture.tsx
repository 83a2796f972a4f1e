import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { managerSet } from '../core/trust/trust-facts';
import type { UiLanguage } from '../texts/language';
import { surfaceTexts, TextsContext } from '../ui';
import type { ReviewServices } from './review-services';
import { reviewTexts } from '../texts/review';
import { ReviewTextsContext } from './ReviewTexts';

// jsdom has no ResizeObserver; Fluent's MessageBar only needs it to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

/** The records manager of the fixtures' site. */
export const FIXTURE_MANAGER = 'informatiebeheer@bronvast.example';

/** The records managers' group of the fixtures' site: the one records manager. */
export const FIXTURE_MANAGERS = managerSet([{ address: FIXTURE_MANAGER }]);

/**
 * Review services for a person at `address`, with the given parts; every other part never
 * answers, so a test fails where the page would use a part it did not mean to.
 */
export function reviewServicesFor(
  address: string,
  parts: Partial<ReviewServices> = {},
): ReviewServices {
  const never = () => new Promise<never>(() => undefined);
  return {
    user: { address, displayName: 'Iemand' },
    managers: () => Promise.resolve(FIXTURE_MANAGERS),
    auditEvents: () => Promise.resolve(new Map()),
    auditChain: () => Promise.resolve(new Map()),
    contentVersions: () => Promise.resolve([]),
    dossiers: never,
    queue: never,
    reload: never,
    apply: never,
    move: never,
    versions: never,
    audit: never,
    content: never,
    dashboard: never,
    coverage: never,
    ...parts,
  };
}

/** Renders a part of the review page (in Dutch unless told), inside Fluent's provider, with the Woo's labels. */
export function renderReview(node: ReactNode, language: UiLanguage = 'nl'): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={surfaceTexts(language)}>
        <ReviewTextsContext.Provider value={reviewTexts(language)}>
          {node}
        </ReviewTextsContext.Provider>
      </TextsContext.Provider>
    </FluentProvider>,
  );
}
