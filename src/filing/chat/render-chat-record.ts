import type { ChatPost } from '../../graph/chats';
import type { ChatSanitizer, ImageSources } from './sanitize-chat-html';

/** What goes into a chat record's HTML rendering. */
export interface ChatRecordRendering {
  /** The chat's topic or the channel's name. */
  readonly title: string;
  /** The selected messages in time order (system and deleted messages left out). */
  readonly posts: readonly ChatPost[];
  readonly decisionId: string;
  /** Hosted image URL -> `data:` URI, so the rendering needs nothing from outside. */
  readonly images: ImageSources;
  readonly toelichting: string;
}

/** Nothing may load or run: only the record's own styles and embedded images. */
export const RECORD_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `body{font-family:Segoe UI,Arial,sans-serif;max-width:46rem;margin:2rem auto;color:#1b1b1b}
article{border-left:3px solid #c8c8c8;padding:.25rem 1rem;margin:1rem 0}
article.besluit{border-left-color:#154c79;background:#f3f7fb}
header p{margin:0;color:#555}img{max-width:100%;height:auto}`;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function postHtml(post: ChatPost, decision: boolean, clean: string): string {
  const who = escapeHtml(post.author?.name ?? 'Onbekend');
  const when = post.created.toISOString();
  const label = decision ? ' <strong>(besluit)</strong>' : '';
  const reactions =
    post.reactions.length === 0
      ? ''
      : `<p>Reacties: ${post.reactions.map((r) => `${escapeHtml(r.type)} (${escapeHtml(r.by)})`).join(', ')}</p>`;
  const files =
    post.files.length === 0
      ? ''
      : `<ul>${post.files.map((file) => `<li>Bijlage: ${fileLink(file.name, file.url)}</li>`).join('')}</ul>`;
  return `<article class="${decision ? 'besluit' : 'context'}" data-message-id="${escapeHtml(post.id)}">
<header><p><strong>${who}</strong>, <time datetime="${when}">${escapeHtml(formatDutch(post.created))}</time>${label}</p></header>
<div>${clean}</div>${reactions}${files}</article>`;
}

function fileLink(name: string, url: string): string {
  return /^https:/i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(name)}</a>`
    : escapeHtml(name);
}

function formatDutch(date: Date): string {
  return date.toLocaleString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

/**
 * The record of a chat decision: one self-contained HTML page (strict CSP, images embedded as
 * `data:` URIs) of who wrote what and when, with reactions and links to attached files, each
 * message's HTML sanitised. The decision is marked; the note (toelichting) heads the page.
 */
export function renderChatRecord(input: ChatRecordRendering, sanitize: ChatSanitizer): string {
  const articles = input.posts.map((post) =>
    postHtml(post, post.id === input.decisionId, sanitize(post.untrustedHtml, input.images)),
  );
  const note = input.toelichting.trim() === '' ? '' : `<p>${escapeHtml(input.toelichting)}</p>`;
  const title = escapeHtml(input.title === '' ? 'Teams-gesprek' : input.title);
  return `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${RECORD_CSP}">
<meta name="referrer" content="no-referrer">
<title>Besluit uit ${title}</title><style>${STYLE}</style></head>
<body><header><h1>Besluit uit ${title}</h1><p>Vastgelegd uit Microsoft Teams: ${input.posts.length} bericht(en).</p>${note}</header>
<main>
${articles.join('\n')}
</main></body></html>
`;
}
