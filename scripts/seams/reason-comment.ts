/**
 * Whether a comment right above the statement that starts at `start` says why it imports what
 * it imports: `//` lines or a block comment ending on the line above. A block comment that opens
 * the file is its header, no reason (it describes the file, not the import under it).
 */
export function hasReason(text: string, start: number): boolean {
  const lines = text.slice(0, start).split('\n');
  let top = lines.length - 2;
  const above = lines[top]?.trim() ?? '';
  if (above.startsWith('//')) return true;
  if (!above.endsWith('*/')) return false;
  while (top > 0 && !(lines[top] ?? '').includes('/*')) top -= 1;
  return lines.slice(0, top).join('\n').trim() !== '';
}
