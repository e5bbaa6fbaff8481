import type { EntityProfile } from '../../schema/facts.js';
import { DataTable } from '../components/data-table.js';
import { fillMonths, MonthChart } from '../components/month-chart.js';
import { Loaded } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import { api } from '../lib/api.js';
import { plural } from '../lib/format.js';
import { href, type Route } from '../lib/route.js';
import { amountColumns, EntityLink, quoteColumns } from './explorer.js';

type EntityType = EntityProfile['type'];

/** An entity's profile: its names, mentions per month (chart and table), roles, people, quotes, co-occurring entities and amounts. */
export function EntityPage({ route }: { route: Route }) {
  const name = route.params.get('name') ?? '';
  const type = route.params.get('type') ?? '';
  const limit = Number(route.params.get('limit') ?? '') || 50;
  const state = useAsync(route.params.toString(), async () =>
    name.trim() === '' ? null : api().facts.entity({ name, limit, ...(type ? { type: type as EntityType } : {}) }),
  );
  if (name.trim() === '') {
    return (
      <>
        <h1>Entity</h1>
        <p>
          No entity named: <a href={href('search')}>search for one</a>.
        </p>
      </>
    );
  }
  return <Loaded state={state} what={`the profile of “${name}”`}>{(p) => p && <Profile p={p} />}</Loaded>;
}

function Profile({ p }: { p: EntityProfile }) {
  const file = (what: string) => `${p.key}-${p.type}-${what}`;
  const otherNames = p.names.filter((n) => n !== p.key);
  return (
    <>
      <h1>
        {p.name} <span class={`ent ent-${p.type} type-badge`}>{p.type}</span>
      </h1>
      <p class="lead">
        Named in {plural(p.articles, 'article')} ({plural(p.mentions, 'mention')}), published {p.firstDate ?? '?'} to {p.lastDate ?? '?'}.
        {otherNames.length > 0 && <> Also written: {otherNames.join(', ')}.</>}
        {p.otherTypes.length > 0 && (
          <>
            {' '}
            The same name is typed{' '}
            {p.otherTypes.map((t, i) => (
              <span key={t.type}>
                {i > 0 && ', '}
                <a href={href('entity', { name: p.name, type: t.type })}>{t.type}</a> in {plural(t.articles, 'article')}
              </span>
            ))}
            .
          </>
        )}
      </p>
      <p>
        <a href={href('quotes', { speaker: p.name })}>All quotes by {p.name}</a>
        {p.type === 'ORG' && (
          <>
            {' · '}
            <a href={href('quotes', { org: p.name })}>All quotes by its people</a>
          </>
        )}
        {' · '}
        <a href={href('amounts', { entity: p.name, sort: 'value' })}>All amounts named with it</a>
      </p>
      <section class="chart-block" aria-labelledby="months-heading">
        <h2 id="months-heading">Mentions per month</h2>
        {p.months.length === 0 ? <p class="muted">No dated articles.</p> : <MonthChart months={p.months} label={`Mentions and articles per month of ${p.name}`} />}
        <details>
          <summary>The numbers</summary>
          <DataTable
            title="Mentions per month"
            filename={file('months')}
            rows={fillMonths(p.months)}
            columns={[
              { key: 'month', label: 'month' },
              { key: 'articles', label: 'articles', numeric: true },
              { key: 'mentions', label: 'mentions', numeric: true },
            ]}
          />
        </details>
      </section>
      <div class="grid-2">
        <DataTable
          title="Roles"
          filename={file('roles')}
          rows={p.roles}
          empty="No roles."
          columns={[
            { key: 'title', label: 'title' },
            { key: 'org', label: 'organisation', render: (r) => (r.org ? <EntityLink name={r.org} type="ORG" /> : '') },
            { key: 'articles', label: 'articles', numeric: true },
          ]}
        />
        <DataTable
          title="Names and aliases"
          filename={file('names')}
          rows={[...p.forms.map((f) => ({ name: f.text, kind: 'form', count: f.count })), ...p.aliases.map((a) => ({ name: a.alias, kind: 'alias', count: a.count }))]}
          columns={[
            { key: 'name', label: 'name' },
            { key: 'kind', label: 'as' },
            { key: 'count', label: 'count', numeric: true },
          ]}
        />
      </div>
      {p.people.length > 0 && (
        <DataTable
          title="Its people"
          filename={file('people')}
          rows={p.people}
          columns={[
            { key: 'name', label: 'name', render: (r) => <EntityLink name={r.name} type="PERSON" /> },
            { key: 'title', label: 'title' },
            { key: 'articles', label: 'articles', numeric: true },
          ]}
        />
      )}
      <DataTable title="Quotes" filename={file('quotes')} rows={p.quotes} columns={quoteColumns(false)} empty="No quotes by it." />
      {p.peopleQuotes.length > 0 && <DataTable title="Quotes by its people" filename={file('people-quotes')} rows={p.peopleQuotes} columns={quoteColumns(true)} />}
      <DataTable
        title="Named with it"
        filename={file('cooccurring')}
        rows={p.cooccurring}
        empty="No other entity in its articles."
        columns={[
          { key: 'name', label: 'name', render: (c) => <EntityLink name={c.name} type={c.type} /> },
          { key: 'type', label: 'type' },
          { key: 'articles', label: 'articles', numeric: true },
          { key: 'sentences', label: 'sentences', numeric: true },
        ]}
      />
      <DataTable title="Amounts in its sentences (largest first)" filename={file('amounts')} rows={p.amounts} columns={amountColumns} empty="No amounts in its sentences." />
    </>
  );
}
