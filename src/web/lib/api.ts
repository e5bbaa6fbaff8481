import { createClient, WartaHttpError, type WartaClient } from '../../client/index.js';

const TOKEN_KEY = 'warta-token';

/** The service's base URL: the folder this page was served from (a proxy may mount it under a path). */
function baseUrl(): string {
  return new URL('.', location.href).href.replace(/\/+$/, '');
}

/** A client of the service that served the page, with the token this tab was given (if any). */
export function api(): WartaClient {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return createClient({ url: baseUrl(), ...(token ? { token } : {}) });
}

/** Keeps a bearer token for this tab only (sessionStorage), for a service started with tokens. */
export function setToken(token: string): void {
  if (token.trim() === '') sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, token.trim());
}

/** Whether an error is the service asking for a (valid) token. */
export function needsToken(err: unknown): boolean {
  return err instanceof WartaHttpError && (err.status === 401 || err.status === 403);
}

/** An error as one sentence for people: the service's own detail when it sent one. */
export function errorText(err: unknown): string {
  if (err instanceof WartaHttpError) return err.problem ? err.problem.detail : `the service answered ${err.status}`;
  if (err instanceof Error) return err.message;
  return String(err);
}
