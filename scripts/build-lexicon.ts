/**
 * Writes corpora/lexicon/generated/ (idn-areas.txt, words.txt) from the installed idn-area-data,
 * @zxcvbn-ts/language-id and stopwords-iso packages, so that the runtime lexicon reads two small text
 * files instead of deriving the lists at every start-up. Deterministic: the same packages give the
 * same bytes; test/lexicon/generated.test.ts fails when the committed files differ from this output
 * (e.g. after a package upgrade: rerun this script and commit the result).
 *
 *   npx tsx scripts/build-lexicon.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generatedLexiconFiles } from '../src/lexicon/generate.js';

const dir = new URL('../corpora/lexicon/generated/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(generatedLexiconFiles())) {
  writeFileSync(new URL(name, dir), text);
  console.log(`corpora/lexicon/generated/${name}: ${text.split('\n').length - 1} lines, ${Buffer.byteLength(text)} bytes`);
}
