import type { NumberItem } from '../../schema/number.js';

/** A disagreement between a number in the title and the body. */
export interface TitleNumberMismatch {
  title: NumberItem;
  /** What the body says instead, when it says it with the same unit. */
  body: NumberItem[];
  reason: 'absent' | 'scale-dropped';
}

// A duration ("75 tahun") is compared too: a headline's "15" is its body's "15 tahun".
const COMPARABLE = new Set<NumberItem['kind']>(['number', 'quantity', 'money', 'percent', 'duration']);

/** The value of an item, or its lower then upper bound. */
export function amount(item: NumberItem): number | undefined {
  return item.value ?? item.min ?? item.max;
}

function sameValue(a: NumberItem, b: NumberItem): boolean {
  const va = [a.value, a.min, a.max].filter((v): v is number => v !== undefined);
  const vb = [b.value, b.min, b.max].filter((v): v is number => v !== undefined);
  return va.some((x) => vb.some((y) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))));
}

/** Whether `big` is `small` with a scale word added: 70 and 70 juta, 5 and 5 miliar. */
function isScaled(small: number, big: number): boolean {
  if (small <= 0 || big <= small) return false;
  for (const scale of [1e3, 1e6, 1e9, 1e12]) if (Math.abs(small * scale - big) < 1e-6 * big) return true;
  return false;
}

/** Whether two amounts are the same digits at another scale, either way ("5 triliun", "5 miliar"). */
function sameDigits(a: number, b: number): boolean {
  return isScaled(a, b) || isScaled(b, a);
}

/**
 * Compares the numbers of the title with those of the body. A title number is flagged when the body
 * never has its value, or when the body mostly says the same digits with a scale word the title
 * dropped ("70 Pengguna" in the title, "70 juta pengguna" three times in the body).
 */
export function titleNumberMismatches(title: readonly NumberItem[], body: readonly NumberItem[]): TitleNumberMismatch[] {
  const out: TitleNumberMismatch[] = [];
  const bodyItems = body.filter((b) => COMPARABLE.has(b.kind));
  for (const t of title) {
    if (!COMPARABLE.has(t.kind)) continue;
    const v = amount(t);
    if (v === undefined) continue;
    // Years and small counts in headlines ("2025", "1") are too weak to check.
    if (t.kind === 'number' && (v < 2 || (Number.isInteger(v) && v >= 1900 && v <= 2100))) continue;
    const equal = bodyItems.filter((b) => sameValue(t, b));
    const scaled = bodyItems.filter((b) => {
      const bv = amount(b);
      return bv !== undefined && isScaled(v, bv) && (t.unit === undefined || b.unit === undefined || t.unit.toLowerCase() === b.unit.toLowerCase());
    });
    if (equal.length === 0) {
      const related = bodyItems.filter((b) => {
        const bv = amount(b);
        return bv !== undefined && b.kind === t.kind && sameDigits(v, bv);
      });
      out.push({ title: t, body: related, reason: 'absent' });
    }
    else if (scaled.length > equal.length) out.push({ title: t, body: scaled, reason: 'scale-dropped' });
  }
  return out;
}
