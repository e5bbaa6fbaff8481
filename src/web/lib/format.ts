import type { Entity } from '../../schema/entity.js';

const grouped = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 });

/** A number as Indonesian text writes it: "99.000.000.000.000", "2,5". */
export function formatNumber(n: number): string {
  return grouped.format(n);
}

/** The exact value of an amount entity ("= 99.000.000.000.000 IDR, approximate"), or null for other entities. */
export function amountText(e: Pick<Entity, 'value' | 'min' | 'max' | 'currency' | 'unit' | 'approximate' | 'date' | 'time'>): string | null {
  const unit = e.currency ?? e.unit ?? '';
  const suffix = `${unit ? ` ${unit}` : ''}${e.approximate ? ', approximate' : ''}`;
  if (typeof e.value === 'number') return `= ${formatNumber(e.value)}${suffix}`;
  if (typeof e.min === 'number' || typeof e.max === 'number') return `= ${e.min === undefined ? '…' : formatNumber(e.min)} to ${e.max === undefined ? '…' : formatNumber(e.max)}${suffix}`;
  if (e.date) return `= ${e.date}${e.time ? ` ${e.time}` : ''}`;
  if (e.time) return `= ${e.time}`;
  return null;
}

/** "3 articles", "1 article". */
export function plural(n: number, word: string): string {
  return `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
}
