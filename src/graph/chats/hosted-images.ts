import type { ChatLocation } from './chat-location';

/** An inline image of a message: one of Graph's hosted contents of that very message, by id. */
export interface HostedImage {
  /** The `src` as the message's HTML wrote it; the sanitiser looks the shown image up by it. */
  readonly src: string;
  /** The hosted content's id, fetched through Graph's own path for the message. */
  readonly contentId: string;
}

const IMAGE_SOURCE = /<img\b[^>]*?\bsrc\s*=\s*(["'])(.*?)\1/gis;

/**
 * The inline images of a message's HTML that are its own hosted contents: an absolute URL on the
 * Graph base's origin whose path is exactly `{base}/chats/{chat}/messages/{message}/hostedContents/{id}/$value`
 * (channels: `teams/{t}/channels/{c}/messages/{m}[/replies/{r}]/...`) for this message's own
 * location and id, with no query or fragment. Anything else (another host, another message, a
 * relative path, a Graph path with a query) is no hosted image: it is never fetched, and the
 * sanitiser shows its alt text instead.
 */
export function hostedImagesOf(
  html: string,
  graphBaseUrl: string,
  location: ChatLocation,
  message: { readonly id: string; readonly replyToId: string | null },
): HostedImage[] {
  const prefix = [...basePathSegments(graphBaseUrl), ...messageSegments(location, message)];
  const images: HostedImage[] = [];
  for (const match of html.matchAll(IMAGE_SOURCE)) {
    const src = decodeAttribute(match[2] ?? '');
    const contentId = hostedContentId(src, graphBaseUrl, prefix);
    if (contentId !== undefined && !images.some((image) => image.src === src))
      images.push({ src, contentId });
  }
  return images;
}

function hostedContentId(
  src: string,
  graphBaseUrl: string,
  prefix: readonly string[],
): string | undefined {
  const url = parseAbsolute(src);
  const base = parseAbsolute(graphBaseUrl);
  if (url === undefined || base === undefined || url.origin !== base.origin) return undefined;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '')
    return undefined;
  // Resolved by the URL parser: a `..` that climbs out of the message's path changes the segments.
  const segments = decodedSegments(url.pathname);
  if (segments === undefined || segments.length !== prefix.length + 3) return undefined;
  if (prefix.some((segment, index) => segments[index] !== segment)) return undefined;
  const [hosted, id, value] = segments.slice(prefix.length);
  if (hosted !== 'hostedContents' || value !== '$value' || id === undefined || id === '')
    return undefined;
  return id;
}

function basePathSegments(graphBaseUrl: string): string[] {
  const base = parseAbsolute(graphBaseUrl);
  return base === undefined ? [] : (decodedSegments(base.pathname) ?? []);
}

function messageSegments(
  location: ChatLocation,
  message: { readonly id: string; readonly replyToId: string | null },
): string[] {
  const thread =
    message.replyToId === null
      ? ['messages', message.id]
      : ['messages', message.replyToId, 'replies', message.id];
  return location.kind === 'chat'
    ? ['chats', location.chatId, ...thread]
    : ['teams', location.teamId, 'channels', location.channelId, ...thread];
}

function decodedSegments(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

function parseAbsolute(url: string): URL | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The few entities an attribute value carries in Teams' HTML. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
