/**
 * The articles bundled with the project (the sample and the golden fixtures), for the benchmarks:
 * raw texts, or split into a title (first non-empty line) and a body.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Raw texts of corpora/samples/*.txt and test/fixtures/articles/*.txt, in a stable order. */
export function bundledArticleTexts(): string[] {
  const texts: string[] = [];
  for (const dir of ['../corpora/samples/', '../test/fixtures/articles/']) {
    const url = new URL(dir, import.meta.url);
    if (!existsSync(url)) continue;
    for (const f of readdirSync(url).filter((n) => n.endsWith('.txt')).sort()) texts.push(readFileSync(new URL(f, url), 'utf8'));
  }
  return texts;
}

/** The bundled articles as `{title, body}` inputs. */
export function bundledArticles(): { title: string; body: string }[] {
  return bundledArticleTexts().map((raw) => {
    const lines = raw.split('\n');
    const i = lines.findIndex((l) => l.trim() !== '');
    return { title: lines[i] ?? '', body: lines.slice(i + 1).join('\n') };
  });
}
