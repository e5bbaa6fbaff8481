/** The whole content, or `null` when it is larger than `maxBytes` (reading stops there). */
export async function readAllLimited(chunks: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}
