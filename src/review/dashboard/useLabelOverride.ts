import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps the `aria-label` of every element under `box` that matches `selector` at `label`, also
 * after the element re-renders. For a part a library names in a fixed language without a prop
 * to name it otherwise (the bar group of Fluent's charts says "1 series and 2 bars").
 */
export function useLabelOverride(
  box: RefObject<HTMLElement | null>,
  selector: string,
  label: string,
): void {
  useLayoutEffect(() => {
    const root = box.current;
    if (root === null) return;
    const apply = () => {
      for (const element of root.querySelectorAll(selector))
        if (element.getAttribute('aria-label') !== label) element.setAttribute('aria-label', label);
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, [box, selector, label]);
}
