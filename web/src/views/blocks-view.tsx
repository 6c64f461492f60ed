import { Sigles } from '../components/acronyms.js';
import { graphql } from '../api/client.js';
import { TRAINING } from '../api/queries.js';
import { LevelTag } from '../components/level-tag.js';
import { SourceRef } from '../components/source-ref.js';
import { ErrorState, Loading } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import { FAMILY_LABEL, LEVEL_LABEL } from '../model/labels.js';

/** The training blocks, what they develop, and what the roles of each path family need beyond them. */
export function BlocksView() {
  const { state, retry } = useAsync('training', (_, signal) => graphql(TRAINING, {}, signal));
  if (state.status === 'loading' || state.status === 'idle')
    return <Loading label="Chargement des blocs de formation…" />;
  if (state.status === 'error') return <ErrorState error={state.error} retry={retry} />;
  const { trainingBlocks, trainingCoverage } = state.data;
  const roleTitle = new Map(
    trainingCoverage.flatMap((family) => family.roles.map((r) => [r.id, r.title] as const)),
  );
  return (
    <section class="blocks" aria-labelledby="blocks-title">
      <h2 id="blocks-title">Blocs de formation</h2>
      <p>
        Les trois blocs de formation proposés par l'étude (section 4.3), leurs contenus et les
        compétences qu'ils développent, puis les spécialisations proposées en complément. Pour
        construire une maquette à partir de ces blocs, ouvrez l’« Atelier de blocs ».
      </p>
      <div class="block-grid">
        {trainingBlocks.map((block, i) => (
          <article key={block.id} class="panel block">
            <h3>
              <span class="block-number">
                {block.kind === 'CORE' ? `Bloc ${i + 1}` : 'En complément'}
              </span>{' '}
              <Sigles text={block.title} />
            </h3>
            <p>{block.summary}</p>
            <p>
              <SourceRef source={block.source} />
            </p>
            <ul>
              {block.items.map((item) => (
                <li key={item.id}>
                  <strong>
                    <Sigles text={item.label} />
                  </strong>
                  <ul>
                    {item.skills.map((s) => (
                      <li key={s.skill.id}>
                        <Sigles text={s.skill.label} /> — jusqu'aux connaissances{' '}
                        <LevelTag level={s.level} levelSource={s.levelSource} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
      <h2 id="coverage-title">Ce qu'aucun bloc ne couvre, par piste</h2>
      <p>
        Compétences requises par les métiers de chaque piste qu'aucun contenu ne développe jusqu'au
        niveau requis.
      </p>
      {trainingCoverage.map((family) => (
        <details key={family.family} class="coverage" open={family.family === 'COORDINATION'}>
          <summary>
            {FAMILY_LABEL[family.family]} : {family.gaps.length} compétence
            {family.gaps.length > 1 ? 's' : ''} non couverte
            {family.gaps.length > 1 ? 's' : ''} ({family.roles.length} métiers)
          </summary>
          <table class="coverage-table">
            <thead>
              <tr>
                <th scope="col">Compétence</th>
                <th scope="col">Niveau requis (max.)</th>
                <th scope="col">Niveau atteint par la formation</th>
                <th scope="col">Métiers concernés</th>
              </tr>
            </thead>
            <tbody>
              {family.gaps.map((gap) => (
                <tr key={gap.skill.id}>
                  <th scope="row">
                    <Sigles text={gap.skill.label} />
                  </th>
                  <td data-label="Niveau requis (max.)">
                    <LevelTag level={gap.requiredLevel} derived={gap.levelDerived} />
                  </td>
                  <td data-label="Niveau atteint par la formation">
                    {gap.bestTrainedLevel ? LEVEL_LABEL[gap.bestTrainedLevel] : 'aucun bloc'}
                  </td>
                  <td data-label="Métiers concernés">
                    {gap.roles.map((r) => roleTitle.get(r.id) ?? r.id).join(' ; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
