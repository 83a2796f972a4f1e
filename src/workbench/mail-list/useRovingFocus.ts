import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/** A list that is one tab stop: arrow keys, Home and End move the focus between its items. */
export interface RovingFocus {
  /** The item that holds the list's tab stop. */
  readonly activeId: string | null;
  /** `0` for the active item, `-1` for the others. */
  readonly tabIndexOf: (id: string) => 0 | -1;
  /** The ref callback for an item's element. */
  readonly register: (id: string) => (element: HTMLElement | null) => void;
  /** Makes an item the active one (a click, or focus arriving by other means). */
  readonly activate: (id: string) => void;
  /** Handles ArrowUp, ArrowDown, Home and End; returns whether it did. */
  readonly onKeyDown: (event: KeyboardEvent) => boolean;
}

const STEPS: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
};

/** Roving tabindex over `ids`, in their order; `preferred` holds the tab stop when given. */
export function useRovingFocus(ids: readonly string[], preferred: string | null): RovingFocus {
  const [chosen, setChosen] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const known = (id: string | null): id is string => id !== null && ids.includes(id);
  const activeId = known(chosen) ? chosen : known(preferred) ? preferred : (ids[0] ?? null);
  const register = useCallback(
    (id: string) => (element: HTMLElement | null) => {
      if (element === null) elements.current.delete(id);
      else elements.current.set(id, element);
    },
    [],
  );
  const onKeyDown = (event: KeyboardEvent): boolean => {
    const step = STEPS[event.key];
    if (step === undefined || activeId === null) return false;
    event.preventDefault();
    const next = ids[step(ids.indexOf(activeId), ids.length - 1)];
    if (next === undefined) return true;
    setChosen(next);
    elements.current.get(next)?.focus();
    return true;
  };
  return {
    activeId,
    tabIndexOf: (id) => (id === activeId ? 0 : -1),
    register,
    activate: setChosen,
    onKeyDown,
  };
}
