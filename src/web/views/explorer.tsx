import { useState } from 'preact/hooks';
import type { AmountFact, EntityMatch, QuoteFact, WarningFact } from '../../schema/facts.js';
import { DataTable, type TableColumn } from '../components/data-table.js';
import { Loaded } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import { api } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { href, navigate, type Route } from '../lib/route.js';

const TYPES = ['PERSON', 'ORG', 'LOC'] as const;

/** The route's parameters as a plain object (empty ones left out). */
function paramsOf(route: Route): Record<string, string> {
  return Object.fromEntries([...route.params].filter(([, v]) => v !== ''));
}

/** A link to an entity's profile. */
export function EntityLink({ name, type }: { name: string; type?: string | null | undefined }) {
  return <a href={href('entity', { name, type: type ?? undefined })}>{name}</a>;
}

/** A link to an article of the store, opened in the viewer. */
export function ArticleLink({ id, title }: { id: string; title?: string | null }) {
  return <a href={href('article', { id })}>{title || id}</a>;
}

/** A field of a query form. */
interface Field {
  name: string;
  label: string;
  type?: 'text' | 'number' | 'select';
  options?: readonly string[];
  placeholder?: string;
  hint?: string;
}

/**
 * A query form whose fields are the view's URL parameters: submitting it changes the URL (a new
 * history entry), and the URL alone reproduces the view.
 */
function QueryForm({ view, fields, route, submit = 'Search' }: { view: string; fields: readonly Field[]; route: Route; submit?: string }) {
  const initial = paramsOf(route);
  const [values, setValues] = useState<Record<string, string>>(initial);
  const routeKey = route.params.toString();
  const [seen, setSeen] = useState(routeKey);
  if (seen !== routeKey) {
    // Back and forward change the URL under the form: follow it.
    setSeen(routeKey);
    setValues(initial);
  }
  return (
    <form
      class="query-form"
      role="search"
      aria-label={`${view} query`}
      onSubmit={(e) => {
        e.preventDefault();
        navigate(view, values);
      }}
    >
      {fields.map((f) => {
        const id = `${view}-${f.name}`;
        const value = values[f.name] ?? '';
        const set = (v: string) => setValues({ ...values, [f.name]: v });
        return (
          <div class="field" key={f.name}>
            <label for={id}>{f.label}</label>
            {f.type === 'select' ? (
              <select id={id} name={f.name} value={value} onChange={(e) => set(e.currentTarget.value)}>
                <option value="">any</option>
                {(f.options ?? []).map((o) => (
                  <option value={o} key={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={f.name}
                type="text"
                inputMode={f.type === 'number' ? 'decimal' : undefined}
                value={value}
                placeholder={f.placeholder}
                aria-describedby={f.hint ? `${id}-hint` : undefined}
                onInput={(e) => set(e.currentTarget.value)}
                autoComplete="off"
              />
            )}
            {f.hint && (
              <small id={`${id}-hint`} class="muted">
                {f.hint}
              </small>
            )}
          </div>
        );
      })}
      <button type="submit">{submit}</button>
    </form>
  );
}

const DATE_FIELDS: Field[] = [
  { name: 'from', label: 'From', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { name: 'to', label: 'To', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' },
];

const numberOrUndefined = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

/** Entity search: by any part of a name or an alias. */
export function SearchPage({ route }: { route: Route }) {
  const q = route.params.get('q') ?? '';
  const type = route.params.get('type') ?? '';
  const state = useAsync(route.params.toString(), async () =>
    q.trim() === '' ? null : api().facts.search({ q, ...(type ? { type: type as (typeof TYPES)[number] } : {}), limit: 50 }),
  );
  const columns: TableColumn<EntityMatch>[] = [
    { key: 'name', label: 'name', render: (m) => <EntityLink name={m.name} type={m.type} /> },
    { key: 'type', label: 'type' },
    { key: 'articles', label: 'articles', numeric: true },
    { key: 'names', label: 'also written', value: (m) => m.names.filter((n) => n !== m.key).join('; ') },
    { key: 'exact', label: 'exact match', value: (m) => (m.exact ? 'yes' : '') },
  ];
  return (
    <>
      <h1>Entities</h1>
      <QueryForm
        view="search"
        route={route}
        fields={[
          { name: 'q', label: 'Name or alias', placeholder: 'Sri Mulyani, KPK, Jokowi…' },
          { name: 'type', label: 'Type', type: 'select', options: TYPES },
        ]}
      />
      {q.trim() !== '' && (
        <Loaded state={state} what="the entities">
          {(matches) => <DataTable title={`Entities matching “${q}”`} filename={`entities-${q}`} rows={matches ?? []} columns={columns} empty="No entity of the store has that name or alias." />}
        </Loaded>
      )}
    </>
  );
}

const quoteColumns = (withSpeaker: boolean): TableColumn<QuoteFact>[] => [
  { key: 'date', label: 'date' },
  ...(withSpeaker ? [{ key: 'speaker', label: 'speaker', render: (q: QuoteFact) => (q.speaker ? <EntityLink name={q.speaker} /> : '') }] : []),
  { key: 'text', label: 'quote', render: (q) => <q>{q.text}</q> },
  { key: 'articleId', label: 'article', render: (q) => <ArticleLink id={q.articleId} title={q.title} /> },
  { key: 'title', label: 'title' },
  { key: 'url', label: 'url', render: (q) => (q.url ? <a href={q.url} rel="noreferrer noopener">{q.url}</a> : '') },
  { key: 'cue', label: 'cue' },
];

/** Quote search: by speaker (or an organisation's people), words, period. */
export function QuotesPage({ route }: { route: Route }) {
  const p = paramsOf(route);
  const asked = ['speaker', 'org', 'contains', 'from', 'to'].some((k) => p[k]);
  const state = useAsync(route.params.toString(), async () => (asked ? api().facts.quotes({ ...p, limit: numberOrUndefined(p.limit) ?? 200 }) : null));
  return (
    <>
      <h1>Quotes</h1>
      <QueryForm
        view="quotes"
        route={route}
        fields={[
          { name: 'speaker', label: 'Speaker', placeholder: 'any of their names' },
          { name: 'org', label: 'People of organisation' },
          { name: 'contains', label: 'Words', placeholder: 'subsidi' },
          ...DATE_FIELDS,
        ]}
      />
      {asked ? (
        <Loaded state={state} what="the quotes">
          {(rows) => <DataTable title="Quotes" filename={`quotes-${Object.values(p).join('-')}`} rows={rows ?? []} columns={quoteColumns(true)} empty="No quote matches." />}
        </Loaded>
      ) : (
        <p class="muted">Give a speaker, an organisation, words or a period.</p>
      )}
    </>
  );
}

const amountColumns: TableColumn<AmountFact>[] = [
  { key: 'date', label: 'date' },
  { key: 'kind', label: 'kind' },
  { key: 'text', label: 'amount' },
  { key: 'value', label: 'value', numeric: true, render: (a) => (a.value === null ? (a.min !== null || a.max !== null ? `${formatNumber(a.min ?? NaN)} – ${formatNumber(a.max ?? NaN)}` : '') : formatNumber(a.value)) },
  { key: 'min', label: 'min', numeric: true },
  { key: 'max', label: 'max', numeric: true },
  { key: 'currency', label: 'currency' },
  { key: 'unit', label: 'unit' },
  { key: 'entity', label: 'nearest entity', render: (a) => (a.entity ? <EntityLink name={a.entity} /> : '') },
  { key: 'articleId', label: 'article', render: (a) => <ArticleLink id={a.articleId} /> },
  { key: 'sentence', label: 'sentence' },
];

/** Amount search: by entity, kind, currency, size, period. */
export function AmountsPage({ route }: { route: Route }) {
  const p = paramsOf(route);
  const state = useAsync(route.params.toString(), async () =>
    api().facts.amounts({
      ...p,
      ...(p.kind ? { kind: p.kind as AmountFact['kind'] } : {}),
      ...(p.type ? { type: p.type as (typeof TYPES)[number] } : {}),
      ...(p.sort ? { sort: p.sort as 'date' | 'value' } : {}),
      min: numberOrUndefined(p.min),
      max: numberOrUndefined(p.max),
      limit: numberOrUndefined(p.limit) ?? 200,
    }),
  );
  return (
    <>
      <h1>Amounts</h1>
      <QueryForm
        view="amounts"
        route={route}
        fields={[
          { name: 'entity', label: 'Named with entity' },
          { name: 'kind', label: 'Kind', type: 'select', options: ['money', 'quantity', 'percent', 'duration'] },
          { name: 'currency', label: 'Currency', placeholder: 'IDR, USD' },
          { name: 'min', label: 'At least', type: 'number', placeholder: '1e12' },
          { name: 'max', label: 'At most', type: 'number' },
          ...DATE_FIELDS,
          { name: 'sort', label: 'Order', type: 'select', options: ['date', 'value'] },
        ]}
      />
      <Loaded state={state} what="the amounts">
        {(rows) => <DataTable title="Amounts" filename={`amounts-${Object.values(p).join('-')}`} rows={rows} columns={amountColumns} empty="No amount matches." />}
      </Loaded>
    </>
  );
}

/** The warnings of the store's articles (a code, a period). */
export function WarningsPage({ route }: { route: Route }) {
  const p = paramsOf(route);
  const state = useAsync(route.params.toString(), async () => api().facts.warnings({ ...p, limit: numberOrUndefined(p.limit) ?? 500 }));
  const columns: TableColumn<WarningFact>[] = [
    { key: 'date', label: 'date' },
    { key: 'severity', label: 'severity' },
    { key: 'code', label: 'code' },
    { key: 'message', label: 'message' },
    { key: 'span', label: 'on' },
    { key: 'articleId', label: 'article', render: (w) => <ArticleLink id={w.articleId} title={w.title} /> },
    { key: 'title', label: 'title' },
  ];
  return (
    <>
      <h1>Warnings</h1>
      <QueryForm
        view="warnings"
        route={route}
        submit="Show"
        fields={[{ name: 'code', label: 'Code', placeholder: 'title-number-mismatch', hint: 'empty: every warning and error' }, ...DATE_FIELDS]}
      />
      <Loaded state={state} what="the warnings">
        {(rows) => <DataTable title="Warnings" filename={`warnings-${p.code ?? 'all'}`} rows={rows} columns={columns} empty="No warnings." />}
      </Loaded>
    </>
  );
}

export { quoteColumns, amountColumns };
