import mammoth from 'mammoth';

/**
 * The running text of a Word document (.docx), paragraphs on lines of their own, read with
 * mammoth. Node's build reads `buffer`, the browser's `arrayBuffer`: both are given.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.slice().buffer;
  const input: { readonly arrayBuffer: ArrayBuffer; readonly buffer: ArrayBuffer } = {
    arrayBuffer,
    buffer: arrayBuffer,
  };
  const result = await mammoth.extractRawText(input);
  return result.value;
}
