import type { RomeRelease } from '../api/types.js';

/** The credit and licence of France Travail's ROME, when it is loaded beside the study. */
export function RomeCredit({ rome }: { rome: RomeRelease | null }) {
  if (!rome) return null;
  return (
    <p class="rome-credit">
      Données nationales : {rome.credit} — {rome.fiches} fiches métiers, dans l’explorateur et la
      recherche. {rome.licence}
    </p>
  );
}
