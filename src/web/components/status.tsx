import type { ComponentChildren } from 'preact';
import { errorText } from '../lib/api.js';
import type { AsyncState } from './use-async.js';

/** "Loading…" or the error of a load (announced to screen readers), else the view of its data. */
export function Loaded<T>({ state, what, children }: { state: AsyncState<T>; what: string; children: (data: T) => ComponentChildren }) {
  if (state.status === 'loading') {
    return (
      <p class="status" role="status">
        Loading {what}…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p class="error" role="alert">
        Could not load {what}: {errorText(state.error)}
      </p>
    );
  }
  return <>{children(state.data)}</>;
}
