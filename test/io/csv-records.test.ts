import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, type CsvItem, type CsvLine } from '../../src/io/csv-records.js';

/** The lines of a text as the CSV reader gives them: numbered, blank lines counted, not given. */
async function* linesOf(text: string): AsyncGenerator<CsvLine> {
  let previous = 0;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [i, raw] of lines.entries()) {
    const t = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (t === '') continue;
    yield { line: i + 1, text: t, bytes: Buffer.byteLength(t), blankBefore: i - previous, problem: undefined as never };
    previous = i + 1;
  }
}

async function parse(text: string, options: Partial<{ delimiter: string; relaxQuotes: boolean; maxRecordBytes: number }> = {}): Promise<CsvItem[]> {
  const out: CsvItem[] = [];
  const opts = { delimiter: ',', relaxQuotes: false, maxRecordBytes: 1 << 20, limitName: 'option maxLineBytes', ...options };
  for await (const item of csvRecords(linesOf(text), opts)) out.push(item);
  return out;
}

const brief = (items: CsvItem[]) => items.map((i) => (i.kind === 'row' ? [i.line, ...i.fields] : [i.line, `broken: ${i.code}`]));

describe('csvRecords', () => {
  it('reads quoted fields with delimiters, doubled quotes, line breaks and blank lines inside', async () => {
    const text = 'id,title,body\nr1,"Satu, dua","Kata ""dia""\n\n\nparagraf kedua"\n\nr2,Dua,Isi\n';
    expect(brief(await parse(text))).toEqual([
      [1, 'id', 'title', 'body'],
      [2, 'r1', 'Satu, dua', 'Kata "dia"\n\n\nparagraf kedua'],
      [7, 'r2', 'Dua', 'Isi'],
    ]);
  });

  it('#16 row 7: an unterminated quote in row 2 of 3 is one error record, and row 3 is kept', async () => {
    const text = 'id,title,body\nr1,Satu,"Harga beras naik."\nr2,Dua,"Harga cabai naik 20 persen.\nr3,Tiga,Harga gula turun 5 persen.\n';
    const items = await parse(text);
    expect(brief(items)).toEqual([
      [1, 'id', 'title', 'body'],
      [2, 'r1', 'Satu', 'Harga beras naik.'],
      [3, 'broken: input-invalid'],
      [4, 'r3', 'Tiga', 'Harga gula turun 5 persen.'],
    ]);
    expect(items[2]).toMatchObject({ reason: expect.stringMatching(/opened on line 3 is never closed.*line 4 read again as rows/) });
  });

  it('an unterminated multi-line body before a row with a quoted multi-line body: the body lines are skipped, the next row kept whole', async () => {
    const text = [
      'id,title,body',
      'r1,Satu,Isi satu.',
      'r2,Dua,"Paragraf pertama, dengan koma.',
      '',
      'Paragraf kedua tanpa penutup',
      'r3,Tiga,"Isi tiga,',
      'dua baris."',
      'r4,Empat,Isi empat.',
    ].join('\n');
    expect(brief(await parse(text))).toEqual([
      [1, 'id', 'title', 'body'],
      [2, 'r1', 'Satu', 'Isi satu.'],
      [3, 'broken: input-invalid'],
      [6, 'r3', 'Tiga', 'Isi tiga,\ndua baris.'],
      [8, 'r4', 'Empat', 'Isi empat.'],
    ]);
  });

  it('never starts a record in the middle of a line: broken quotes mid-field are one record each', async () => {
    const text = 'id,title,body\nb1,Rusak,"Harga cabai "naik", kata dia, hari ini.\nb2,Juga,Harga "gula" turun\nc1,Baik,Isi.\n';
    expect(brief(await parse(text))).toEqual([
      [1, 'id', 'title', 'body'],
      [2, 'broken: input-invalid'],
      [3, 'broken: input-invalid'],
      [4, 'c1', 'Baik', 'Isi.'],
    ]);
  });

  it('a wrong number of fields is one broken record; TSV takes quotes inside a field as they are', async () => {
    expect(brief(await parse('id,body\na,b,c\nd,e\n'))).toEqual([[1, 'id', 'body'], [2, 'broken: input-invalid'], [3, 'd', 'e']]);
    expect(brief(await parse('id\tbody\nt1\tDia "bilang" ya\n', { delimiter: '\t', relaxQuotes: true }))).toEqual([
      [1, 'id', 'body'],
      [2, 't1', 'Dia "bilang" ya'],
    ]);
  });

  it('a broken header stops the file with one record', async () => {
    expect(await parse('id,"title\n')).toEqual([{ kind: 'broken', line: 1, code: 'input-invalid', reason: expect.stringMatching(/header cannot be read/), stop: true }]);
  });

  it('whatever one row is broken into, the rows before it are intact and every row read is a row of the file or made of the broken row\'s own lines (property)', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é', '.'), maxLength: 12 });
    const quote = (f: string) => (/[",\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(field, field), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom('open-quote', 'stray-quote', 'extra-field'),
        async (rows, which, how) => {
          const lines = rows.map(([t, b], i) => `r${i},${quote(t)},${quote(b)}`);
          const k = which % lines.length;
          lines[k] = how === 'open-quote' ? `r${k},"${lines[k]!.slice(lines[k]!.indexOf(',') + 1)}` : how === 'stray-quote' ? `r${k},x"y,${quote(rows[k]![1])}` : `${lines[k]},lebih`;
          const starts: number[] = [];
          let at = 2;
          for (const l of lines) {
            starts.push(at);
            at += l.split('\n').length;
          }
          const items = await parse(['id,title,body', ...lines].join('\n'));
          const original = (fields: string[]) => rows.some(([t, b], i) => i !== k && JSON.stringify([`r${i}`, t, b]) === JSON.stringify(fields));
          const ownLines = (line: number) => line >= starts[k]! && line < (starts[k + 1] ?? at);
          const read = items.slice(1).flatMap((i) => (i.kind === 'row' ? [i] : []));
          for (const r of read) expect(original(r.fields) || ownLines(r.line), JSON.stringify(items)).toBe(true);
          // The rows before the broken one are all there, as written, once.
          for (let i = 0; i < k; i++) expect(read.filter((r) => r.fields[0] === `r${i}`).map((r) => r.fields)).toEqual([[`r${i}`, ...rows[i]!]]);
        },
      ),
      { numRuns: 500, seed: 16 },
    );
  });

  it('a row left with an open quote, followed by rows without quotes: every later row is kept (property)', async () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '.'), minLength: 1, maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(plain, plain), { minLength: 2, maxLength: 10 }), fc.nat(), async (rows, which) => {
        const k = which % rows.length;
        const lines = rows.map(([t, b], i) => (i === k ? `r${i},${t},"${b}` : `r${i},${t},${b}`));
        const items = await parse(['id,title,body', ...lines].join('\n'));
        expect(brief(items.slice(1))).toEqual(rows.map(([t, b], i) => (i === k ? [i + 2, 'broken: input-invalid'] : [i + 2, `r${i}`, t, b])));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
