import { useCallback, useEffect, useState } from 'preact/hooks';

/** Loads data once (and again on `reload`); `error` holds why it failed. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const reload = useCallback(() => {
    load().then(
      (d) => {
        setData(d);
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
