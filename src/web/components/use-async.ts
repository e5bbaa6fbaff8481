import { useEffect, useState } from 'preact/hooks';

/** The state of an asynchronous load: running, failed with an error, or done with data. */
export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; data: T };

/**
 * Runs `load` whenever `key` changes (the view's URL, typically) and follows its state; an answer
 * that arrives after the key changed again is dropped.
 */
export function useAsync<T>(key: string, load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<{ key: string; value: AsyncState<T> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    setState({ key, value: { status: 'loading' } });
    load().then(
      (data) => current && setState({ key, value: { status: 'done', data } }),
      (error: unknown) => current && setState({ key, value: { status: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
