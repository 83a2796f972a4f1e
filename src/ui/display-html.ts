import { displayText } from './display-text';

/**
 * Applies {@link displayText} to every text node under `root`: for sanitised HTML from outside
 * (a chat message) once it is in the page. It works on the nodes, not on the markup, so the
 * sanitised HTML is never serialised and parsed again.
 */
export function displayTextNodes(root: Node): void {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (walker === undefined) return;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const shown = displayText(text);
    if (shown !== text) node.nodeValue = shown;
  }
}
