import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorState, Loading } from './status.js';

/**
 * A view whose code is loaded when it is first opened (its own chunk), so that the planner's
 * first load carries none of the other views. Once loaded, it renders at once; if its chunk
 * cannot be fetched (offline, a deploy in between), it says so with a retry.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  label: string,
): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  return function LazyView(props: P) {
    const [, setReady] = useState(loaded !== null);
    const [failure, setFailure] = useState<Error | null>(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(
        () => {
          if (live) setReady(true);
        },
        (error: unknown) => {
          if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
        },
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (failure) {
      return (
        <ErrorState
          // The browser's own words (in English, with a file name) help nobody here.
          error={
            new Error(
              `La page « ${label} » n’a pas pu être chargée : vérifiez la connexion, puis réessayez.`,
            )
          }
          retry={() => {
            setFailure(null);
            setAttempt((n) => n + 1);
          }}
        />
      );
    }
    const View = loaded;
    return View ? <View {...props} /> : <Loading label={`Chargement de « ${label} »…`} />;
  };
}
