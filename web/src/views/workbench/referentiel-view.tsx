import { graphql } from '../../api/client.js';
import { DRAFT } from '../../api/queries.js';
import { SourceRef } from '../../components/source-ref.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import { AUTHORED_SOURCE, hoursText, MODALITY_LABEL } from '../../model/draft-text.js';
import { LEVEL_LABEL } from '../../model/labels.js';
import type { ViewState } from '../../state/url-state.js';

/**
 * A draft version as a « référentiel de compétences », laid out to be printed: every block with
 * its code, aim, skills and levels, items, hours, modalities and evaluation, and who saved it when.
 */
export function ReferentielView({ state }: { state: ViewState }) {
  const request = state.draft ? { id: state.draft, version: state.version } : null;
  const loaded = useAsync(request, (r, signal) =>
    graphql(DRAFT, { id: r.id, version: r.version }, signal).then((d) => d.draft),
  );
  if (!request) return <p class="status status-empty">Aucune maquette choisie.</p>;
  if (loaded.state.status === 'error')
    return <ErrorState error={loaded.state.error} retry={loaded.retry} />;
  if (loaded.state.status !== 'ready') return <Loading label="Chargement du référentiel…" />;
  const v = loaded.state.data;
  return (
    <article class="referentiel" aria-labelledby="referentiel-title">
      <p class="no-print">
        <a href={`?view=atelier&draft=${v.draftId}`}>← Retour à l’atelier</a>{' '}
        <button
          type="button"
          onClick={() => {
            print();
          }}
        >
          Imprimer
        </button>
      </p>
      <h2 id="referentiel-title">Référentiel de compétences — {v.title}</h2>
      <p>
        Maquette {v.draftId}, version {v.number}, enregistrée le{' '}
        {new Date(v.createdAt).toLocaleString('fr-FR')} par {v.author}
        {v.comment && ` (« ${v.comment} »)`}. Jeu de données {v.datasetVersion ?? 'inconnu'}. Volume
        total : {hoursText(v.hours)}. Niveaux : échelle de la fiche métier 40L20 (connaissances
        générales, opérationnelles, approfondies).
      </p>
      {v.blocks.map((block) => (
        <section key={block.id} class="referentiel-block">
          <h3>
            {block.code} — Bloc {block.number} : {block.title}
          </h3>
          {block.aim && <p>{block.aim}</p>}
          <p>Volume : {hoursText(block.hours)}</p>
          {block.items.length === 0 ? (
            <p class="hint">Aucun contenu.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Contenu</th>
                  <th scope="col">Compétences (niveau visé)</th>
                  <th scope="col">Volume et modalité</th>
                  <th scope="col">Modalités d’évaluation</th>
                </tr>
              </thead>
              <tbody>
                {block.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      {item.label}
                      <br />
                      {item.source === AUTHORED_SOURCE ? (
                        <small>{AUTHORED_SOURCE}</small>
                      ) : (
                        <SourceRef source={item.source} />
                      )}
                    </th>
                    <td>
                      <ul>
                        {item.skills.map((s) => (
                          <li key={s.skillId}>
                            {s.label} ({LEVEL_LABEL[s.level]})
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {hoursText(item.hours)}
                      {item.modality && `, ${MODALITY_LABEL[item.modality]}`}
                    </td>
                    <td>{item.evaluation || 'à définir'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </article>
  );
}
