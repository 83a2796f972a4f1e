import { frameSurface } from './FrameSurface';
import { OutlookSurface } from './OutlookSurface';
import type { WorkbenchSurface } from './workbench-surface';

/**
 * The surfaces, in the app bar's order. To add one, add an entry here (for a page of its own,
 * `frameSurface(...)` from FrameSurface.tsx); only listed surfaces are shown. The first is the
 * one the workbench opens with.
 */
export const SURFACES: readonly WorkbenchSurface[] = [
  {
    id: 'outlook',
    label: { nl: 'Outlook', en: 'Outlook' },
    render: (context) => <OutlookSurface {...context} />,
  },
  frameSurface({ id: 'teams', label: { nl: 'Teams', en: 'Teams' }, page: 'workbench-teams.html' }),
  frameSurface({ id: 'review', label: { nl: 'Beoordelen', en: 'Review' }, page: 'review.html' }),
];

/** The surface a `?surface=` value names; the first surface when it names none. */
export function surfaceById(
  surfaces: readonly WorkbenchSurface[],
  id: string | null,
): WorkbenchSurface | undefined {
  return surfaces.find((surface) => surface.id === id) ?? surfaces[0];
}
