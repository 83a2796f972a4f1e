import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

/** Where an inline image may be shown from: a `data:` URI (records) or a `blob:` URL (the tab). */
export type ImageSources = ReadonlyMap<string, string>;

/** Sanitises chat HTML so it can be shown or stored without any active content. */
export type ChatSanitizer = (untrustedHtml: string, images: ImageSources) => string;

const CONFIG: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'div',
    'span',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'strike',
    'sub',
    'sup',
    'blockquote',
    'pre',
    'code',
    'ul',
    'ol',
    'li',
    'h1',
    'h2',
    'h3',
    'h4',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
    'img',
    'hr',
    'at',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only web and mail links; images get their source from the hook below, never from the chat.
  ALLOWED_URI_REGEXP: /^(?:https:|mailto:)/i,
  KEEP_CONTENT: true,
};

const SAFE_IMAGE_SOURCE = /^(?:data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=]+|blob:)/i;

/**
 * Builds the sanitiser on a window (the browser's, or jsdom's in Node) with DOMPurify: no script,
 * event handlers, styles, frames, SVG or forms; links only to https: and mailto:; an image only
 * when it is one of the message's own hosted contents, shown from `images` (a data: or blob: URL),
 * so nothing is loaded from elsewhere. `<at>` mentions keep their text.
 */
export function createChatSanitizer(window: WindowLike): ChatSanitizer {
  const purify = createDOMPurify(window);
  return (untrustedHtml, images) => {
    // An image's own source never stays: it is looked up here and replaced after sanitising
    // by the URL the caller gave for it (the chat's URL may be plain http locally).
    const shownSource = new WeakMap<Element, string>();
    purify.addHook('uponSanitizeAttribute', (node, data) => {
      if (node.nodeName !== 'IMG' || data.attrName !== 'src') return;
      const shown = images.get(data.attrValue);
      if (shown !== undefined && SAFE_IMAGE_SOURCE.test(shown)) shownSource.set(node, shown);
      data.keepAttr = false;
    });
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'IMG') {
        const shown = shownSource.get(node);
        if (shown !== undefined) {
          node.setAttribute('src', shown);
          return;
        }
        const alt = node.getAttribute('alt') ?? '';
        node.replaceWith(node.ownerDocument.createTextNode(`[${alt === '' ? 'afbeelding' : alt}]`));
        return;
      }
      if (node.nodeName === 'A' && node.hasAttribute('href'))
        node.setAttribute('rel', 'noopener noreferrer nofollow');
    });
    try {
      return purify.sanitize(untrustedHtml, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
    } finally {
      purify.removeHook('uponSanitizeAttribute');
      purify.removeHook('afterSanitizeAttributes');
    }
  };
}
