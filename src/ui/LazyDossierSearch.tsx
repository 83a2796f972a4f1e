import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { DossierSearchProps } from './DossierSearch';

// The search (Combobox and its positioning code) loads after the assessment is on screen.
const DossierSearch = lazy(() =>
  import(/* webpackChunkName: "dossier-search" */ './DossierSearch').then((module) => ({
    default: module.DossierSearch,
  })),
);

/** The dossier search, fetched on first render so the pane's first paint stays small. */
export function LazyDossierSearch(props: DossierSearchProps) {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <DossierSearch {...props} />
    </Suspense>
  );
}
