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

/**
 * Plain text from mail HTML, as Graph gives it: what `<style>`, `<script>`, `<head>` and comments
 * hold is dropped (an unclosed one to the end), line breaks kept, tags dropped, the common
 * entities decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(style|script|head|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<(br|\/p|\/div)\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
