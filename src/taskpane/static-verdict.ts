import type { Reason, Relevance } from '../core';
import type { Texts } from '../texts/shared/texts';
import type { PaneState } from './pane-state';

/** How many reasons the verdict lists, as the pane's reason list does. */
const REASONS_SHOWN = 4;

/**
 * Draws the relevance verdict of a mail or draft into the page's static shell, in plain DOM with
 * the look of the pane's own section, so the officer reads it before React and Fluent UI have
 * loaded; the pane's first render replaces it. Other states keep the shell's loading line.
 * Returns whether a verdict was drawn.
 */
export function drawStaticVerdict(root: HTMLElement, state: PaneState, texts: Texts): boolean {
  if (state.kind !== 'read' && state.kind !== 'compose') return false;
  const loading = root.querySelector('main > p');
  if (loading === null) return false;
  loading.replaceWith(verdictSection(root.ownerDocument, state.assessment.relevance, texts));
  return true;
}

function verdictSection(document: Document, relevance: Relevance, texts: Texts): HTMLElement {
  const { ui } = texts;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, style: string, text = '') => {
    const node = document.createElement(tag);
    node.setAttribute('style', style);
    node.textContent = text;
    return node;
  };
  const section = element(
    'section',
    'display: flex; flex-direction: column; gap: 4px; padding-block: 8px; border-bottom: 1px solid #f0f0f0',
  );
  const heading = element(
    'h2',
    'margin: 0; font-size: 14px; font-weight: 600',
    ui.relevanceHeading,
  );
  heading.id = 'bronvast-static-relevance';
  section.setAttribute('aria-labelledby', heading.id);
  const percent = Math.round(relevance.score * 100);
  const verdict = element('div', 'font-size: 14px');
  verdict.dataset['testid'] = 'relevance';
  const badge = element(
    'span',
    relevance.relevant
      ? 'padding: 0 6px; border-radius: 4px; font-size: 12px; font-weight: 600; background: #ebf3fc; color: #0f6cbd; border: 1px solid #b4d6fa'
      : 'padding: 0 6px; border-radius: 4px; font-size: 12px; font-weight: 600; background: #fafafa; color: #424242; border: 1px solid #e0e0e0',
    `${percent}%`,
  );
  badge.setAttribute('aria-label', ui.score(percent));
  verdict.append(badge, ` ${relevance.relevant ? ui.relevant : ui.notRelevant}`);
  section.append(heading, verdict);
  const reasons = strongest(relevance.reasons);
  if (reasons.length > 0) {
    const list = element('ul', 'margin: 0; padding-inline-start: 16px');
    for (const reason of reasons)
      list.append(element('li', 'font-size: 12px; color: #424242', texts.reason(reason)));
    section.append(list);
  }
  return section;
}

function strongest(reasons: readonly Reason[]): readonly Reason[] {
  return [...reasons]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, REASONS_SHOWN);
}
