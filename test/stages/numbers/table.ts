import { describe, expect, it } from 'vitest';
import { extractNumbers, type ExtractNumbersOptions } from '../../../src/stages/numbers/index.js';
import type { NumberItem } from '../../../src/schema/number.js';

/** What one item must hold (a subset of its fields). */
export type Want = Partial<NumberItem>;
/** A text, the items it must yield in order, and the options to read it with. */
export type Case = readonly [text: string, want: readonly Want[], options?: ExtractNumbersOptions];

/** Runs a table: the text yields exactly the wanted items, in order, each slicing out its text. */
export function table(name: string, cases: readonly Case[]): void {
  describe(name, () => {
    for (const [text, want, options] of cases) {
      it(`${text}${options ? ` ${JSON.stringify(options)}` : ''}`, () => {
        const items = extractNumbers(text, options);
        expect(items.map((x) => x.text)).toEqual(want.map((w) => w.text ?? expect.any(String)));
        want.forEach((w, k) => expect(items[k]).toMatchObject(w));
        for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
      });
    }
  });
}
