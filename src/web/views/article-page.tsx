import { useState } from 'preact/hooks';
import { splitTitle } from '../../io/split-title.js';
import type { ArticleInput } from '../../schema/input.js';
import type { Summary } from '../../schema/summary.js';
import { DataTable } from '../components/data-table.js';
import { Loaded } from '../components/status.js';
import { Tabs } from '../components/tabs.js';
import { useAsync } from '../components/use-async.js';
import { api } from '../lib/api.js';
import { download } from '../lib/csv.js';
import { decodeArticle, encodeArticle, type LinkedArticle } from '../lib/doc-link.js';
import { amountText, formatNumber } from '../lib/format.js';
import { navigate, type Route } from '../lib/route.js';
import { AnnotatedText, Legend } from './annotated-text.js';

const TABS = [
  { id: 'text', label: 'Annotated text' },
  { id: 'tables', label: 'Tables' },
  { id: 'json', label: 'JSON' },
] as const;

/** The article a route names: one in the link itself (`doc`), or one from the store (`id`). */
async function articleOf(route: Route): Promise<{ article: ArticleInput; from: string } | null> {
  const doc = route.params.get('doc');
  if (doc) return { article: await decodeArticle(doc), from: 'link' };
  const id = route.params.get('id');
  if (id) {
    const stored = await api().facts.article(id);
    // The store keeps the cleaned text with the title as its first line: analysed again as title and body.
    const body = stored.title && stored.text.startsWith(stored.title) ? stored.text.slice(stored.title.length).replace(/^\s+/, '') : stored.text;
    return {
      article: { id: stored.articleId, ...(stored.title ? { title: stored.title } : {}), body, url: stored.url, publishedAt: stored.publishedAt },
      from: `store (${stored.articleId})`,
    };
  }
  return null;
}

/** The viewer: a form for an article (typed, pasted, uploaded, or an id of the store), and the analysis of the one in the URL. */
export function ArticlePage({ route, hasStore }: { route: Route; hasStore: boolean }) {
  const doc = route.params.get('doc');
  const id = route.params.get('id');
  const tab = TABS.some((t) => t.id === route.params.get('tab')) ? route.params.get('tab')! : 'text';
  const key = `${doc ?? ''}|${id ?? ''}`;
  const state = useAsync(key, async () => {
    const found = await articleOf(route);
    if (!found) return null;
    return { ...found, summary: await api().analyze(found.article) };
  });
  const opened = doc !== null || id !== null;
  const current = state.status === 'done' && state.data ? state.data.article : undefined;
  return (
    <>
      <h1>Article viewer</h1>
      <details class="input-panel" open={!opened}>
        <summary>{opened ? 'Analyse another article' : 'Analyse an article'}</summary>
        <ArticleForm initial={current} hasStore={hasStore} />
      </details>
      {opened && (
        <Loaded state={state} what="the analysis">
          {(data) =>
            data && (
              <ArticleResult
                summary={data.summary}
                from={data.from}
                tab={tab}
                onTab={(t) => navigate('article', { doc: doc ?? undefined, id: id ?? undefined, tab: t === 'text' ? undefined : t })}
              />
            )
          }
        </Loaded>
      )}
    </>
  );
}

/** The article form: title and body, or a file (.txt: first line the title; .json: an article object). */
function ArticleForm({ initial, hasStore }: { initial: ArticleInput | undefined; hasStore: boolean }) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? initial?.text ?? '');
  const [storeId, setStoreId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const open = async (article: LinkedArticle) => {
    if (article.body.trim() === '') {
      setProblem('The article has no text: type or paste its body, or choose a file.');
      return;
    }
    setProblem(null);
    navigate('article', { doc: await encodeArticle(article) });
  };
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const text = await file.text();
    try {
      const article = file.name.toLowerCase().endsWith('.json') ? (JSON.parse(text) as { title?: unknown; body?: unknown; text?: unknown }) : splitTitle(text);
      const t = typeof article.title === 'string' ? article.title : '';
      const b = typeof article.body === 'string' ? article.body : 'text' in article && typeof article.text === 'string' ? article.text : '';
      setTitle(t);
      setBody(b);
      await open({ ...(t ? { title: t } : {}), body: b });
    } catch (err) {
      setProblem(`${file.name} is not an article: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <div class="forms">
      <form
        class="article-form"
        onSubmit={(e) => {
          e.preventDefault();
          void open({ ...(title.trim() ? { title: title.trim() } : {}), body });
        }}
      >
        <label for="article-title">Title</label>
        <input id="article-title" name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} autoComplete="off" />
        <label for="article-body">Body</label>
        <textarea id="article-body" name="body" rows={10} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
        <div class="row">
          <button type="submit">Analyse</button>
          <label class="file">
            <span>Or upload a file (.txt, .json)</span>
            <input id="article-file" type="file" accept=".txt,.json,text/plain,application/json" onChange={(e) => void onFile(e)} />
          </label>
        </div>
      </form>
      {hasStore && (
        <form
          class="store-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (storeId.trim()) navigate('article', { id: storeId.trim() });
          }}
        >
          <label for="store-id">Or open an article of the store by its id</label>
          <div class="row">
            <input id="store-id" value={storeId} onInput={(e) => setStoreId(e.currentTarget.value)} autoComplete="off" />
            <button type="submit">Open</button>
          </div>
        </form>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** One analysis: the annotated text with its side panels, the tables, and the raw JSON. */
function ArticleResult({ summary, from, tab, onTab }: { summary: Summary; from: string; tab: string; onTab: (tab: string) => void }) {
  const name = summary.id || 'article';
  return (
    <article class="result" aria-label="Analysis">
      <p class="muted">
        Analysed by warta {summary.warta.version} (config {summary.warta.config ?? '?'}) from the {from}. Status <strong class={`status-${summary.status}`}>{summary.status}</strong>
        {summary.error ? `: ${summary.error.message}` : ''}.
      </p>
      <Tabs label="Views of the analysis" tabs={TABS} selected={tab} onSelect={onTab}>
        {tab === 'text' && <TextTab summary={summary} />}
        {tab === 'tables' && <TablesTab summary={summary} name={name} />}
        {tab === 'json' && <JsonTab summary={summary} name={name} />}
      </Tabs>
    </article>
  );
}

function TextTab({ summary }: { summary: Summary }) {
  const warnings = summary.messages.filter((m) => m.severity !== 'info');
  return (
    <div class="text-layout">
      <div class="text-main">
        <Legend summary={summary} />
        <AnnotatedText summary={summary} />
      </div>
      <aside class="panels" aria-label="About the article">
        <section>
          <h3>Article</h3>
          <dl class="facts">
            <dt>Language</dt>
            <dd>
              {summary.language.code} ({formatNumber(Math.round(summary.language.confidence * 100))}%)
              {summary.language.others.length > 0 && `; also ${summary.language.others.map((o) => `${o.code} ${Math.round(o.share * 100)}%`).join(', ')}`}
            </dd>
            {summary.author && (
              <>
                <dt>Author</dt>
                <dd>{summary.author}</dd>
              </>
            )}
            {summary.publishedAt && (
              <>
                <dt>Published</dt>
                <dd>{summary.publishedAt}</dd>
              </>
            )}
            <dt>Counts</dt>
            <dd>
              {summary.counts.words} words, {summary.counts.sentences} sentences, {summary.counts.entities} entities, {summary.counts.quotes} quotes
            </dd>
          </dl>
        </section>
        <section>
          <h3>Summary</h3>
          {summary.summary.length === 0 ? (
            <p class="muted">No summary sentences.</p>
          ) : (
            <ol class="summary">
              {summary.summary.map((s) => (
                <li key={s.start}>{s.text}</li>
              ))}
            </ol>
          )}
        </section>
        <section>
          <h3>Keywords</h3>
          <ul class="chips">
            {summary.keywords.map((k) => (
              <li key={k.stem} title={`stem ${k.stem}, ${k.count}×, score ${k.score}`}>
                {k.text}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>Warnings</h3>
          {warnings.length === 0 ? (
            <p class="muted">None.</p>
          ) : (
            <ul class="messages">
              {warnings.map((m, i) => (
                <li key={i} class={`msg-item msg-item-${m.severity}`}>
                  <strong>{m.code}</strong>
                  {m.span && <> on “{m.span.text}”</>}: {m.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h3>People and roles</h3>
          <ul class="roles">
            {summary.entities
              .filter((e) => (e.roles ?? []).length > 0)
              .map((e) => (
                <li key={e.id}>
                  <strong>{e.text}</strong>: {(e.roles ?? []).map((r) => `${r.title}${r.org ? ` (${r.org})` : ''}`).join('; ')}
                </li>
              ))}
          </ul>
        </section>
      </aside>
    </div>
  );
}

function TablesTab({ summary, name }: { summary: Summary; name: string }) {
  const byId = new Map(summary.entities.map((e) => [e.id, e]));
  return (
    <div class="tables">
      <DataTable
        title="Entities"
        filename={`${name}-entities`}
        rows={summary.entities}
        columns={[
          { key: 'id', label: 'id' },
          { key: 'type', label: 'type' },
          { key: 'text', label: 'text' },
          { key: 'mentions', label: 'mentions', numeric: true, value: (e) => e.mentions.length },
          { key: 'value', label: 'value', numeric: true, value: (e) => e.value ?? null, render: (e) => amountText(e) ?? '' },
          { key: 'currency', label: 'currency or unit', value: (e) => e.currency ?? e.unit ?? null },
          { key: 'roles', label: 'roles', value: (e) => (e.roles ?? []).map((r) => `${r.title}${r.org ? ` (${r.org})` : ''}`).join('; ') },
          { key: 'aliases', label: 'aliases', value: (e) => (e.aliases ?? []).join('; ') },
          { key: 'source', label: 'source' },
        ]}
      />
      <DataTable
        title="Quotes"
        filename={`${name}-quotes`}
        rows={summary.quotes}
        columns={[
          { key: 'speaker', label: 'speaker', value: (q) => q.speaker?.name ?? null },
          { key: 'text', label: 'text' },
          { key: 'cue', label: 'cue' },
          { key: 'attribution', label: 'attribution' },
          { key: 'entity', label: 'speaker entity', value: (q) => (q.speaker?.entity ? (byId.get(q.speaker.entity)?.text ?? q.speaker.entity) : null) },
        ]}
      />
      <DataTable
        title="Messages"
        filename={`${name}-messages`}
        rows={summary.messages}
        columns={[
          { key: 'severity', label: 'severity' },
          { key: 'code', label: 'code' },
          { key: 'stage', label: 'stage', value: (m) => m.stage ?? null },
          { key: 'message', label: 'message' },
          { key: 'span', label: 'span', value: (m) => m.span?.text ?? null },
        ]}
      />
      <DataTable
        title="Keywords"
        filename={`${name}-keywords`}
        rows={summary.keywords}
        columns={[
          { key: 'text', label: 'keyword' },
          { key: 'stem', label: 'stem' },
          { key: 'count', label: 'count', numeric: true },
          { key: 'score', label: 'score', numeric: true },
        ]}
      />
      <DataTable
        title="Paragraphs and their languages"
        filename={`${name}-paragraphs`}
        rows={summary.paragraphs.map((p, i) => ({ ...p, n: i + 1, text: summary.text.slice(p.start, p.end) }))}
        columns={[
          { key: 'n', label: '#', numeric: true },
          { key: 'language', label: 'language', value: (p) => p.language?.code ?? null },
          { key: 'confidence', label: 'confidence', numeric: true, value: (p) => p.language?.confidence ?? null },
          { key: 'text', label: 'text' },
        ]}
      />
    </div>
  );
}

function JsonTab({ summary, name }: { summary: Summary; name: string }) {
  const json = JSON.stringify(summary, null, 2);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setCopied('Copied the JSON to the clipboard.');
    } catch {
      // No clipboard API (a page served over plain HTTP from another host): select the text instead.
      const pre = document.getElementById('summary-json');
      if (pre) getSelection()?.selectAllChildren(pre);
      setCopied('The clipboard is not available here: the JSON is selected, press Ctrl+C.');
    }
  };
  return (
    <div class="json">
      <div class="row">
        <button type="button" onClick={() => void copy()}>
          Copy JSON
        </button>
        <button type="button" onClick={() => download(`${name}.json`, json, 'application/json')}>
          Download JSON
        </button>
        <span role="status" class="muted">
          {copied ?? ''}
        </span>
      </div>
      <pre id="summary-json" tabIndex={0} aria-label="The summary as JSON">
        {json}
      </pre>
    </div>
  );
}

