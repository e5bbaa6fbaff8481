import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Status } from '../schema/summary.js';
import type { AnalysisPool } from './pool.js';

/** The service's Prometheus metrics, in a registry of its own (two servers in one process do not mix). */
export interface Metrics {
  readonly registry: Registry;
  /** One answered request: its route (the route's pattern, or "unmatched"), method, status and seconds. */
  request(route: string, method: string, status: number, seconds: number): void;
  /** Articles analysed, by summary status. */
  analysed(status: Status, count?: number): void;
  /** An error answer, by problem code. */
  error(code: string): void;
}

/**
 * Creates the metrics: `warta_http_requests_total` and `warta_http_request_duration_seconds` by route,
 * method and status; `warta_articles_analysed_total` by status; `warta_errors_total` by problem code;
 * the pool's queue length, running tasks, ready threads and utilisation, read when scraped; and
 * Node's process metrics (memory, CPU, event-loop lag) with the `warta_` prefix.
 */
export function createMetrics(pool: AnalysisPool): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'warta_' });
  const requests = new Counter({ name: 'warta_http_requests_total', help: 'HTTP requests answered', labelNames: ['route', 'method', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'warta_http_request_duration_seconds',
    help: 'Time from receiving a request to answering it',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const articles = new Counter({ name: 'warta_articles_analysed_total', help: 'Articles analysed, by summary status', labelNames: ['status'], registers: [registry] });
  const errors = new Counter({ name: 'warta_errors_total', help: 'Error answers, by problem code', labelNames: ['code'], registers: [registry] });
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('warta_pool_queue_length', 'Tasks waiting for a worker thread', () => pool.stats().queued);
  gauge('warta_pool_running', 'Tasks running on worker threads', () => pool.stats().running);
  gauge('warta_pool_threads', 'Worker threads with their pipeline built', () => pool.stats().readyThreads);
  gauge('warta_pool_utilization', "Share of the worker threads' time spent on tasks since start (0-1)", () => pool.stats().utilization);
  // The counter and histogram of each route, method and status, looked up once: prom-client hashes
  // the labels on every call otherwise.
  const byLabels = new Map<string, { count: { inc(): void }; time: { observe(seconds: number): void } }>();
  return {
    registry,
    request(route, method, status, seconds) {
      const key = `${method} ${status} ${route}`;
      let series = byLabels.get(key);
      if (series === undefined) {
        const labels = { route, method, status: String(status) };
        series = { count: requests.labels(labels), time: latency.labels(labels) };
        byLabels.set(key, series);
      }
      series.count.inc();
      series.time.observe(seconds);
    },
    analysed(status, count = 1) {
      articles.inc({ status }, count);
    },
    error(code) {
      errors.inc({ code });
    },
  };
}
