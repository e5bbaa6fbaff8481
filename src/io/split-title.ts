/**
 * Splits a plain-text article: the first non-empty line is the title, the rest the body. Pure (no
 * Node API), so that the web app splits an uploaded .txt file as `warta analyze` does.
 */
export function splitTitle(text: string): { title: string | null; body: string } {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1) return { title: null, body: '' };
  const body = lines.slice(first + 1).join('\n').replace(/^\s*\n/, '');
  // A one-line file has no title: its only line is the body.
  if (body.trim() === '') return { title: null, body: lines[first]!.trim() };
  return { title: lines[first]!.trim(), body };
}
