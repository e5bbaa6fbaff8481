/**
 * An article in a URL: `{ title, body }` as JSON, deflated and base64url-encoded, so that a link to
 * the viewer carries the article itself (it stays in the fragment: never sent to the server).
 */
export interface LinkedArticle {
  title?: string;
  body: string;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The article as a URL parameter. */
export async function encodeArticle(article: LinkedArticle): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(article)), new CompressionStream('deflate-raw')));
}

/** The article of a URL parameter; throws when the parameter is not one. */
export async function decodeArticle(param: string): Promise<LinkedArticle> {
  const value = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(param), new DecompressionStream('deflate-raw')))) as Partial<LinkedArticle>;
  if (typeof value.body !== 'string') throw new Error('the link does not hold an article');
  return { ...(typeof value.title === 'string' ? { title: value.title } : {}), body: value.body };
}
