import { useEffect, useRef, useState } from 'react';
import type { ChatPost, HostedImage } from '../graph/chats';

/**
 * Shown URLs (blob:) of the inline images of the posts, keyed by `src`: each of a post's own
 * hosted images, loaded once by id with the member's token as it appears; an image that fails
 * stays out (the message shows its alt text), and an image from anywhere else is never loaded.
 */
export function useImages(
  posts: readonly ChatPost[],
  load: (post: ChatPost, image: HostedImage) => Promise<string>,
): ReadonlyMap<string, string> {
  const [images, setImages] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  useEffect(() => {
    for (const post of posts) {
      for (const image of post.hostedImages) {
        if (asked.current.has(image.src)) continue;
        asked.current.add(image.src);
        load(post, image).then(
          (shown) => setImages((current) => new Map(current).set(image.src, shown)),
          () => undefined,
        );
      }
    }
  }, [posts, load]);
  return images;
}
