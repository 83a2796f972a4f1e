import { useEffect, useRef, useState } from 'react';
import type { ChatPost } from '../graph/chats';

/**
 * Shown URLs (blob:) of the inline images of the posts, loaded once each with the member's token
 * as they appear; an image that fails stays out (the message shows its alt text).
 */
export function useImages(
  posts: readonly ChatPost[],
  load: (url: string) => Promise<string>,
): ReadonlyMap<string, string> {
  const [images, setImages] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  useEffect(() => {
    const missing = [...new Set(posts.flatMap((post) => post.hostedImageUrls))].filter(
      (url) => !asked.current.has(url),
    );
    for (const url of missing) {
      asked.current.add(url);
      load(url).then(
        (shown) => setImages((current) => new Map(current).set(url, shown)),
        () => undefined,
      );
    }
  }, [posts, load]);
  return images;
}
