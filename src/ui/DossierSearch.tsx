import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Dossier, DossierId } from '../core';
import { useTexts } from './TextsContext';
import { useNarrowFieldStyles } from './useNarrowFieldStyles';
import { dossierLabel, searchDossiers } from './dossier-label';
import { displayText } from './display-text';

/** Props of {@link DossierSearch}. */
export interface DossierSearchProps {
  readonly dossiers: readonly Dossier[];
  readonly value: DossierId | null;
  readonly onChange: (dossier: DossierId) => void;
  readonly label?: string;
}

/** A searchable list of all open dossiers (loaded lazily: the pane opens without it). */
export function DossierSearch({ dossiers, value, onChange, label }: DossierSearchProps) {
  const styles = useNarrowFieldStyles();
  const { ui } = useTexts();
  const selected = dossiers.find((dossier) => dossier.id === value);
  const [query, setQuery] = useState(
    selected === undefined ? '' : dossierLabel(selected, selected.id),
  );
  const open = useMemo(() => dossiers.filter((dossier) => dossier.status !== 'closed'), [dossiers]);
  const matches = searchDossiers(open, query === dossierLabel(selected, value ?? '') ? '' : query);
  return (
    <Field className={styles.field} label={label ?? ui.otherDossier}>
      <Combobox
        className={styles.control}
        input={{ className: styles.inner }}
        listbox={{ className: styles.listbox }}
        placeholder={ui.searchPlaceholder}
        value={query}
        selectedOptions={value === null ? [] : [value]}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_event, data) => {
          const chosen = open.find((dossier) => dossier.id === data.optionValue);
          if (chosen === undefined) return;
          setQuery(dossierLabel(chosen, chosen.id));
          onChange(chosen.id);
        }}
      >
        {matches.slice(0, 50).map((dossier) => (
          <Option
            key={dossier.id}
            value={dossier.id}
            text={displayText(dossierLabel(dossier, dossier.id))}
          >
            {displayText(dossierLabel(dossier, dossier.id))}
          </Option>
        ))}
        {matches.length === 0 ? <Option disabled>{ui.noSearchResults}</Option> : null}
      </Combobox>
    </Field>
  );
}
