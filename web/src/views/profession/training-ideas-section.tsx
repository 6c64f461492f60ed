import { Sigles } from '../../components/acronyms.js';
import type { Profession } from '../../api/types.js';
import { SourceRef } from '../../components/source-ref.js';

/** What the study proposes to build (end of 4.3, Annexe 1): ideas, not training that exists. */
export function TrainingIdeasSection({ ideas }: { ideas: Profession['trainingIdeas'] }) {
  return (
    <section class="panel training-ideas" aria-labelledby="metier-pistes">
      <h3 id="metier-pistes">Pistes de formation proposées par l’étude</h3>
      <p>
        Des pistes à creuser, pas des formations qui existent aujourd’hui. Les blocs de formation
        déjà décrits par l’étude sont sur la page « Blocs de formation ».
      </p>
      <ul>
        {ideas.map((idea) => (
          <li key={idea.id}>
            <Sigles text={idea.label} /> <SourceRef source={idea.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
