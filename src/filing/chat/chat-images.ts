import type { ChatPost } from '../../graph/chats/chat-post';
import { getHostedContent } from '../../graph/chats/chat-messages';
import type { GraphClient } from '../../graph/graph-client';

const RASTER = /^image\/(png|jpeg|gif|webp)$/i;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/**
 * The inline images of the posts as `data:` URIs keyed by their hostedContents URL, one request
 * each; an image that is not a raster image, or cannot be read, is left out (the rendering then
 * shows its alt text).
 */
export async function embedChatImages(
  client: GraphClient,
  posts: readonly ChatPost[],
): Promise<Map<string, string>> {
  const images = new Map<string, string>();
  const urls = [...new Set(posts.flatMap((post) => post.hostedImageUrls))];
  await Promise.all(
    urls.map(async (url) => {
      const image = await getHostedContent(client, url).catch(() => null);
      const type = image?.contentType.split(';')[0]?.trim() ?? '';
      if (image !== null && RASTER.test(type))
        images.set(url, `data:${type.toLowerCase()};base64,${base64(image.bytes)}`);
    }),
  );
  return images;
}
