import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { graphql } from '../api/client.js';
import { ACRONYMS } from '../api/queries.js';
import { acronymMatcher, splitAcronyms, type Acronym } from '../model/acronyms.js';
import { Disclosure } from './disclosure.js';
import { SourceRef } from './source-ref.js';
import { useAsync } from './use-async.js';

interface KnownAcronyms {
  list: readonly Acronym[];
  byAcronym: ReadonlyMap<string, Acronym>;
  matcher: RegExp | null;
}

const NONE: KnownAcronyms = { list: [], byAcronym: new Map(), matcher: null };
const AcronymsContext = createContext<KnownAcronyms>(NONE);

/** Asks the API once for the sigles, for every text of the app below it. */
export function AcronymsProvider({ children }: { children: ComponentChildren }) {
  const loaded = useAsync('acronyms', (_, signal) =>
    graphql(ACRONYMS, {}, signal).then((d) => d.acronyms),
  );
  const known = useMemo((): KnownAcronyms => {
    if (loaded.state.status !== 'ready') return NONE;
    const list = loaded.state.data;
    return {
      list,
      byAcronym: new Map(list.map((a) => [a.acronym, a])),
      matcher: acronymMatcher(list),
    };
  }, [loaded.state]);
  return <AcronymsContext.Provider value={known}>{children}</AcronymsContext.Provider>;
}

/**
 * A text of the data with its sigles spelled out on hover and for assistive technologies
 * (`<abbr title>`); the list at the foot of every page gives them all with their sources.
 */
export function Sigles({ text }: { text: string }) {
  const { byAcronym, matcher } = useContext(AcronymsContext);
  const pieces = useMemo(() => splitAcronyms(text, byAcronym, matcher), [text, byAcronym, matcher]);
  return (
    <>
      {pieces.map((piece) =>
        typeof piece === 'string' ? piece : <abbr title={piece.expansion}>{piece.acronym}</abbr>,
      )}
    </>
  );
}

/** Every sigle, spelled out with its source: readable with the keyboard, on a phone and on paper. */
export function AcronymList() {
  const { list } = useContext(AcronymsContext);
  if (list.length === 0) return null;
  return (
    <Disclosure class="acronym-list" summary={`Sigles utilisés (${list.length})`}>
      {() => (
        <dl>
          {list.map((a) => (
            <div key={a.acronym} id={`sigle-${a.acronym}`}>
              <dt>
                <abbr title={a.expansion}>{a.acronym}</abbr>
              </dt>
              <dd>
                {a.expansion} <SourceRef source={a.source} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Disclosure>
  );
}
