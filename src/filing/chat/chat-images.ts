import { type ChatPost, getHostedContent } from '../../graph/chats';
import type { GraphClient } from '../../graph';

const RASTER = /^image\/(png|jpeg|gif|webp)$/i;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/**
 * The inline images of the posts as `data:` URIs keyed by their `src`, one request each, each
 * fetched by id as the message's own hosted content; an image that is not a raster image, or
 * cannot be read, is left out (the rendering then shows its alt text), and so is any image
 * from elsewhere, which is never fetched.
 */
export async function embedChatImages(
  client: GraphClient,
  posts: readonly ChatPost[],
): Promise<Map<string, string>> {
  const images = new Map<string, string>();
  const wanted = posts.flatMap((post) => post.hostedImages.map((image) => ({ post, image })));
  await Promise.all(
    wanted.map(async ({ post, image }) => {
      const content = await getHostedContent(client, post, image).catch(() => null);
      const type = content?.contentType.split(';')[0]?.trim() ?? '';
      if (content !== null && RASTER.test(type))
        images.set(image.src, `data:${type.toLowerCase()};base64,${base64(content.bytes)}`);
    }),
  );
  return images;
}
