import { Radio, RadioGroup } from '@fluentui/react-components';
import type { Dossier, DossierId, DossierResult } from '../core';
import { ReasonList } from './ReasonList';
import { useTexts } from './TextsContext';
import { dossierLabel } from './dossier-label';
import { LazyDossierSearch } from './LazyDossierSearch';
import { Section } from './Section';
import { displayText } from './display-text';

/** Props of {@link DossierPicker}. */
export interface DossierPickerProps {
  readonly result: DossierResult;
  readonly dossiers: readonly Dossier[];
  readonly value: DossierId | null;
  readonly onChange: (dossier: DossierId) => void;
}

/** The suggested dossiers with their reasons, and a search over all dossiers. */
export function DossierPicker({ result, dossiers, value, onChange }: DossierPickerProps) {
  const { ui } = useTexts();
  const suggestions = result.kind === 'suggested' ? result.suggestions.slice(0, 3) : [];
  const byId = new Map(dossiers.map((dossier) => [dossier.id, dossier]));
  const suggested = suggestions.some((suggestion) => suggestion.dossier === value);
  return (
    <Section title={ui.dossierHeading}>
      {suggestions.length === 0 ? (
        <div>{ui.noDossierFits}</div>
      ) : (
        <RadioGroup
          aria-label={ui.suggestions}
          value={suggested ? (value ?? '') : ''}
          onChange={(_event, data) => {
            const chosen = suggestions.find((suggestion) => suggestion.dossier === data.value);
            if (chosen !== undefined) onChange(chosen.dossier);
          }}
        >
          {suggestions.map((suggestion) => (
            <div key={suggestion.dossier}>
              <Radio
                value={suggestion.dossier}
                label={displayText(dossierLabel(byId.get(suggestion.dossier), suggestion.dossier))}
              />
              <ReasonList reasons={suggestion.reasons} limit={2} />
            </div>
          ))}
        </RadioGroup>
      )}
      <LazyDossierSearch dossiers={dossiers} value={suggested ? null : value} onChange={onChange} />
    </Section>
  );
}
