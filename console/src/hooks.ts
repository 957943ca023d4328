import { useCallback, useEffect, useState } from 'preact/hooks';

/**
 * Loads data once (and again on `reload`); `error` holds why it failed. With `merge`, a result is merged with
 * what the page holds meanwhile (live events that arrived while the read was under way) instead of replacing it.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: unknown[] = [],
  merge?: (fresh: T, held: T | undefined) => T,
) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const reload = useCallback(() => {
    load().then(
      (d) => {
        setData(merge ? (held) => merge(d, held) : d);
        setError(undefined);
      },
      (e: unknown) => {
        setError(e);
      },
    );
  }, deps);
  useEffect(reload, [reload]);
  return { data, error, reload, setData };
}
