/** Renders plain mail text as the simple HTML Outlook sends: one paragraph per blank-line block. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>\n')}</p>`);
  return [
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
    '<body><div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt">',
    ...paragraphs,
    '</div></body></html>',
  ].join('\n');
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Graph's bodyPreview: the text with whitespace collapsed, at most 255 characters. */
export const bodyPreview = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 255);
