import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { UnfiledViewProps } from './UnfiledView';

// "Nog vastleggen" loads when it is opened: the pane's first paint does not carry it.
const UnfiledView = lazy(() =>
  import(/* webpackChunkName: "unfiled" */ './UnfiledView').then((module) => ({
    default: module.UnfiledView,
  })),
);

/** "Nog vastleggen", fetched on first render so a surface's first chunk stays small. */
export function LazyUnfiledView(props: UnfiledViewProps) {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <UnfiledView {...props} />
    </Suspense>
  );
}
