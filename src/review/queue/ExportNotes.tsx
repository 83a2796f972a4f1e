import { Text } from '@fluentui/react-components';
import { useReviewTexts } from '../ReviewTexts';
import type { ExportState } from './export-state';

/** What the page says beside an export: what rests on what, or why no file was made. */
export function ExportNotes({ state }: { readonly state: ExportState }) {
  const texts = useReviewTexts().exports;
  if (state.kind === 'failed') return <Text block>{texts.failed}</Text>;
  if (state.kind === 'unlisted-organisation')
    return <Text block>{texts.unlistedOrganisation}</Text>;
  if (state.kind === 'invalid') return <Text block>{texts.invalid(state.records)}</Text>;
  if (state.kind !== 'ready') return null;
  const { unassessed, assessedOnOwnText, incomplete } = state.outcome;
  const notes = [
    unassessed > 0 ? texts.unassessed(unassessed) : null,
    assessedOnOwnText > 0 ? texts.assessedOnOwnText(assessedOnOwnText) : null,
    incomplete > 0 ? texts.incomplete(incomplete) : null,
  ].filter((note) => note !== null);
  return (
    <>
      {notes.map((note) => (
        <Text block key={note}>
          {note}
        </Text>
      ))}
    </>
  );
}
