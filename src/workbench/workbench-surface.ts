import type { ReactElement } from 'react';
import type { GraphClient, SiteIds } from '../graph';
import type { UiLanguage } from '../texts/language';
import type { WorkbenchTexts } from '../texts/workbench';
import type { WorkbenchState } from './WorkbenchState';

/** A shared mailbox the user is delegated to, as Outlook lists it in the folder tree. */
export interface SharedMailboxEntry {
  readonly address: string;
  readonly displayName: string;
}

/** What every surface of the workbench is given: the record system, the user, the language. */
export interface SurfaceContext {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly state: WorkbenchState;
  readonly language: UiLanguage;
  readonly texts: WorkbenchTexts;
  /** The shared mailboxes the user may open (Outlook adds them to the folder tree). */
  readonly sharedMailboxes?: readonly SharedMailboxEntry[];
}

/** One surface the workbench hosts, shown as a tab in its app bar. */
export interface WorkbenchSurface {
  /** Kebab-case; also the `?surface=` value that opens it. */
  readonly id: string;
  readonly label: Readonly<Record<UiLanguage, string>>;
  /**
   * Renders the surface below the app bar, filling the rest of the page. Surfaces never import
   * each other (src/teams, src/review): host them in a frame (FrameHost) built by webpack.
   * Mark the regions F6 cycles through with `data-region` (see regions.ts).
   */
  readonly render: (context: SurfaceContext) => ReactElement;
}
