import { Sigles } from '../components/acronyms.js';
import type { FutureProfilesQuery } from '../api/operations.generated.js';
import { SourceRef } from '../components/source-ref.js';
import { FAMILY_LABEL } from '../model/labels.js';

type FutureProfile = FutureProfilesQuery['futureProfiles'][number];

/**
 * A future profile of the study chosen as a target: it is a profile, not a post, so the planner
 * says which roles the study makes it correspond to (with the source of that link) and plans the
 * way to any of them.
 */
export function FutureProfileTarget({
  profile,
  choose,
}: {
  profile: FutureProfile;
  choose: (roleId: string) => void;
}) {
  return (
    <section class="panel future-target" aria-labelledby="future-target-title">
      <h3 id="future-target-title">
        Profil d’avenir : <Sigles text={profile.title} />
      </h3>
      <p>
        Un profil d’avenir de l’étude n’est pas un poste : il correspond aux métiers suivants, vers
        lesquels Passerelles calcule les parcours. <SourceRef source={profile.source} />
      </p>
      <ul>
        {profile.roles.map((role) => (
          <li key={role.id}>
            <strong>
              <Sigles text={role.title} />
            </strong>
            {role.family && <small> — {FAMILY_LABEL[role.family]}</small>}
            {role.definition && (
              <p class="hint">
                <Sigles text={role.definition} />
              </p>
            )}
            <button
              type="button"
              onClick={() => {
                choose(role.id);
              }}
            >
              Voir les parcours<span class="visually-hidden"> vers {role.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
