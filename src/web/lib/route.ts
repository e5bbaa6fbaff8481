import { useEffect, useState } from 'preact/hooks';

/**
 * Every view lives in the URL's fragment (`#/entity?name=Sri+Mulyani&type=PERSON`): copying the
 * address reproduces the view, back and forward move between views, and the server serves one page.
 */
export interface Route {
  view: string;
  params: URLSearchParams;
}

/** The route of a fragment: `#/quotes?speaker=X` → view "quotes", params speaker=X; empty → "article". */
export function parseHash(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const q = text.indexOf('?');
  const view = (q === -1 ? text : text.slice(0, q)) || 'article';
  return { view, params: new URLSearchParams(q === -1 ? '' : text.slice(q + 1)) };
}

/** The fragment of a view with its parameters (empty ones left out). */
export function href(view: string, params: Record<string, string | number | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v) !== '') search.set(k, String(v));
  const query = search.toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

/** Goes to a view: a new history entry, so back returns to the one before. */
export function navigate(view: string, params: Record<string, string | number | undefined | null> = {}): void {
  location.hash = href(view, params);
}

/** The current route, following the address bar. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
