import { Sigles } from '../../components/acronyms.js';
import type { JobSheet } from '../../api/types.js';
import { LevelTag } from '../../components/level-tag.js';
import { SourceRef } from '../../components/source-ref.js';
import { toSearch, type ViewState } from '../../state/url-state.js';

/** The official job sheet 40L20, as the study reproduces it (1.1.2, l. 624-735). */
export function JobSheetSection({ sheet, state }: { sheet: JobSheet; state: ViewState }) {
  return (
    <section class="panel job-sheet" aria-labelledby="metier-fiche">
      <h3 id="metier-fiche">
        La fiche métier {sheet.code} : <Sigles text={sheet.title} />
      </h3>
      <p>
        <SourceRef source={sheet.source} />
      </p>
      <dl class="facts">
        <dt>Famille</dt>
        <dd>
          {sheet.family} › {sheet.subFamily}
        </dd>
        <dt>Définition</dt>
        <dd>
          <Sigles text={sheet.definition} />
        </dd>
        <dt>Prérequis réglementaires</dt>
        <dd>{sheet.prerequisites.join(' ; ')}</dd>
        <dt>Relations professionnelles les plus fréquentes</dt>
        <dd>{sheet.professionalRelations.join(' ; ')}</dd>
        <dt>Niveau de formation</dt>
        <dd>{sheet.trainingLevel}</dd>
        <dt>Correspondance statutaire</dt>
        <dd>{sheet.statutoryCorrespondence}</dd>
      </dl>
      <h4>Activités ({sheet.activities.length})</h4>
      <ol>
        {sheet.activities.map((a) => (
          <li key={a.id}>
            <Sigles text={a.label} />
          </li>
        ))}
      </ol>
      <p>
        <SourceRef source={sheet.activities[0]?.source ?? sheet.source} />
      </p>
      <h4>Savoir-faire ({sheet.savoirFaire.length})</h4>
      <ul>
        {sheet.savoirFaire.map((s) => (
          <li key={s.id}>
            <Sigles text={s.label} />
          </li>
        ))}
      </ul>
      <p>
        <SourceRef source={sheet.savoirFaire[0]?.source ?? sheet.source} />
      </p>
      <h4>Connaissances requises et leur niveau ({sheet.knowledge.length})</h4>
      <p>Ces niveaux sont ceux de la fiche elle-même : ils ne sont pas déduits.</p>
      <table class="knowledge">
        <thead>
          <tr>
            <th scope="col">Connaissance</th>
            <th scope="col">Niveau</th>
          </tr>
        </thead>
        <tbody>
          {sheet.knowledge.map((k) => (
            <tr key={k.skill.id}>
              <th scope="row">
                <Sigles text={k.skill.label} />
              </th>
              <td data-label="Niveau">
                <LevelTag level={k.level} levelSource={k.levelSource} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <SourceRef source={sheet.knowledge[0]?.levelSource ?? sheet.source} />
      </p>
      <h4>Passerelles de la fiche</h4>
      <ul>
        {sheet.passerelles.map((p) => (
          <li key={p.id}>
            <a
              href={toSearch({
                ...state,
                view: 'parcours',
                from: state.from ?? sheet.role.id,
                to: p.id,
                reachable: false,
              })}
            >
              <Sigles text={p.title} />
            </a>{' '}
            — voir le parcours
          </li>
        ))}
      </ul>
    </section>
  );
}
