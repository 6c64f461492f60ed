import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; data: T };

/**
 * Runs `load(request)` when the request changes (compared by value; null: nothing to load),
 * aborting the previous run. `retry` runs it again: an outage shows a message and a retry
 * button, and nothing typed is lost.
 */
export function useAsync<R, T>(
  request: R | null,
  load: (request: R, signal: AbortSignal) => Promise<T>,
) {
  const key = request === null ? null : JSON.stringify(request);
  const [state, setState] = useState<AsyncState<T>>({ status: key === null ? 'idle' : 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The latest request and `load` (a new closure each render): `key` says when to run, and a run
  // must use what the render that asked for it knew, not what the first render knew.
  const latest = useRef({ request, load });
  latest.current = { request, load };
  useEffect(() => {
    const { request: current, load: run } = latest.current;
    if (current === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    run(current, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({
            status: 'error',
            error: error instanceof Error ? error : new Error(String(error)),
          });
      },
    );
    return () => {
      controller.abort();
    };
  }, [key, attempt]);
  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
