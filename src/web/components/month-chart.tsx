import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface MonthCount {
  month: string;
  articles: number;
  mentions: number;
}

/** Every month from the first to the last, those without articles at 0 (a chart's gaps are months too). */
export function fillMonths(months: readonly MonthCount[]): MonthCount[] {
  if (months.length === 0) return [];
  const known = new Map(months.map((m) => [m.month, m]));
  const [y0, m0] = months[0]!.month.split('-').map(Number) as [number, number];
  const [y1, m1] = months[months.length - 1]!.month.split('-').map(Number) as [number, number];
  const out: MonthCount[] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(known.get(key) ?? { month: key, articles: 0, mentions: 0 });
  }
  return out;
}

/**
 * Mentions and articles per month as a uPlot chart. A canvas says nothing to a screen reader: the
 * figure is labelled with the numbers, and the same numbers are in the table next to it.
 */
export function MonthChart({ months, label }: { months: readonly MonthCount[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const filled = fillMonths(months);
  const key = filled.map((m) => `${m.month}:${m.articles}:${m.mentions}`).join(',');
  useEffect(() => {
    const el = box.current;
    if (!el || filled.length === 0) return;
    const xs = filled.map((m) => Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)) - 1, 1) / 1000);
    const width = () => Math.max(240, Math.floor(el.clientWidth));
    const half = 15 * 86_400;
    const month = (v: number) => new Date(v * 1000).toISOString().slice(0, 7);
    const plot = new uPlot(
      {
        width: width(),
        height: 220,
        // Half a month either side, so that one month alone is a point in the middle, not at an edge.
        scales: { x: { time: true, range: () => [xs[0]! - half, xs[xs.length - 1]! + half] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [
          {
            stroke: '#333',
            grid: { stroke: '#e5e5e5' },
            // A tick per month while they fit (about 70 px each), else every n-th month.
            splits: (u) => {
              const every = Math.max(1, Math.ceil((xs.length * 70) / Math.max(1, u.bbox.width / devicePixelRatio)));
              return xs.filter((_, i) => i % every === 0);
            },
            values: (_u, splits) => splits.map(month),
          },
          { stroke: '#333', grid: { stroke: '#e5e5e5' } },
        ],
        series: [
          { label: 'month', value: (_u, v) => (v === null ? '' : month(v)) },
          { label: 'mentions', stroke: '#0b57d0', width: 2, points: { show: true, size: 7 } },
          { label: 'articles', stroke: '#b3261e', width: 2, dash: [6, 4], points: { show: true, size: 7 } },
        ],
      },
      [xs, filled.map((m) => m.mentions), filled.map((m) => m.articles)],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [key]);
  const described = filled.map((m) => `${m.month}: ${m.mentions} mentions in ${m.articles} articles`).join('; ');
  return <figure class="chart" role="img" aria-label={`${label}. ${described || 'no dated articles'}`} ref={box} data-months={filled.length} />;
}
