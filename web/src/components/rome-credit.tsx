import { graphql } from '../api/client.js';
import { ROME_RELEASE } from '../api/queries.js';
import { useAsync } from './use-async.js';

/** The credit and licence of France Travail's ROME, when it is loaded beside the study. */
export function RomeCredit() {
  const { state } = useAsync('rome-release', (_, signal) =>
    graphql(ROME_RELEASE, {}, signal).then((d) => d.romeRelease),
  );
  if (state.status !== 'ready' || !state.data) return null;
  const rome = state.data;
  return (
    <p class="rome-credit">
      Données nationales : {rome.credit} — {rome.fiches} fiches métiers, dans l’explorateur et la
      recherche. {rome.licence}
    </p>
  );
}
