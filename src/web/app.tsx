import { useEffect, useState } from 'preact/hooks';
import type { StoreInfo } from '../schema/facts.js';
import { useAsync } from './components/use-async.js';
import { api, needsToken, setToken } from './lib/api.js';
import { formatNumber } from './lib/format.js';
import { href, useRoute } from './lib/route.js';
import { ArticlePage } from './views/article-page.js';
import { EntityPage } from './views/entity-page.js';
import { AmountsPage, QuotesPage, SearchPage, WarningsPage } from './views/explorer.js';

const EXPLORER = [
  { view: 'search', label: 'Entities' },
  { view: 'quotes', label: 'Quotes' },
  { view: 'amounts', label: 'Amounts' },
  { view: 'warnings', label: 'Warnings' },
] as const;

/** The app: the header with its navigation, and the view the URL names. */
export function App() {
  const route = useRoute();
  const [tokenRound, setTokenRound] = useState(0);
  const info = useAsync(`info ${tokenRound}`, () => api().facts.info());
  const store: StoreInfo | undefined = info.status === 'done' ? info.data : undefined;
  const askToken = info.status === 'error' && needsToken(info.error);
  const view = route.view === 'entity' ? 'search' : route.view;

  useEffect(() => {
    const names: Record<string, string> = { article: 'Article viewer', search: 'Entities', entity: route.params.get('name') ?? 'Entity', quotes: 'Quotes', amounts: 'Amounts', warnings: 'Warnings' };
    document.title = `${names[route.view] ?? 'warta'} · warta`;
  }, [route]);

  const page = (() => {
    switch (route.view) {
      case 'article':
        return <ArticlePage route={route} hasStore={store !== undefined} />;
      case 'search':
        return <SearchPage route={route} />;
      case 'entity':
        return <EntityPage route={route} />;
      case 'quotes':
        return <QuotesPage route={route} />;
      case 'amounts':
        return <AmountsPage route={route} />;
      case 'warnings':
        return <WarningsPage route={route} />;
      default:
        return (
          <p role="alert">
            No view “{route.view}”: go to the <a href={href('article')}>article viewer</a>.
          </p>
        );
    }
  })();

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href('article')}>
          warta
        </a>
        <nav aria-label="Views">
          <ul>
            <li>
              <a href={href('article')} aria-current={view === 'article' ? 'page' : undefined}>
                Article
              </a>
            </li>
            {store &&
              EXPLORER.map((e) => (
                <li key={e.view}>
                  <a href={href(e.view)} aria-current={view === e.view ? 'page' : undefined}>
                    {e.label}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <p class="store-info muted">
          {store
            ? `Fact store: ${formatNumber(store.articles)} articles${store.firstDate ? `, ${store.firstDate} to ${store.lastDate ?? '?'}` : ''}`
            : info.status === 'loading'
              ? ''
              : 'No fact store (start with --db for the explorer)'}
        </p>
      </header>
      {askToken && <TokenForm onSaved={() => setTokenRound(tokenRound + 1)} />}
      <main id="main" tabIndex={-1}>
        {page}
      </main>
      <footer class="muted">
        warta · <a href="./docs">API docs</a> · <a href="./openapi.json">OpenAPI</a>
      </footer>
    </>
  );
}

/** Asks for the bearer token of a service started with tokens; kept for this tab only. */
function TokenForm({ onSaved }: { onSaved: () => void }) {
  const [token, set] = useState('');
  return (
    <form
      class="token-form"
      onSubmit={(e) => {
        e.preventDefault();
        setToken(token);
        onSaved();
      }}
    >
      <label for="token">This service needs a token</label>
      <input id="token" type="password" value={token} onInput={(e) => set(e.currentTarget.value)} autoComplete="off" />
      <button type="submit">Use token</button>
    </form>
  );
}
