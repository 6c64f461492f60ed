import type { ComponentChildren } from 'preact';
import { graphql } from '../api/client.js';
import { LEVELS } from '../api/queries.js';
import { formatMonths, LEVEL_LABEL } from '../model/labels.js';
import { SourceRef } from './source-ref.js';
import { useAsync } from './use-async.js';

export type GlossaryTerm =
  'passerelle' | 'courte-longue' | 'adequation' | 'niveaux' | 'duree' | 'charge' | 'deduit';

/** A term of the page, linked to its definition in the glossary below. */
export function Term({ id, children }: { id: GlossaryTerm; children: ComponentChildren }) {
  return (
    <a class="term" href={`#glossaire-${id}`}>
      {children}
    </a>
  );
}

/**
 * What the planner's words mean: passerelle, courte/longue, adéquation, niveaux (from the job
 * sheet's level scale, with its source), durée estimée, charge de formation, déduit.
 */
export function Glossary() {
  const levels = useAsync('levels', (_, signal) =>
    graphql(LEVELS, {}, signal).then((d) => d.levels),
  );
  return (
    <section class="glossary" aria-labelledby="glossaire">
      <h3 id="glossaire">Glossaire</h3>
      <dl>
        <dt id="glossaire-passerelle">Passerelle</dt>
        <dd>
          Un changement de métier que le répertoire des métiers de la fonction publique hospitalière
          ou l’étude documente ; chaque étape d’un parcours en est une, avec sa source.
        </dd>
        <dt id="glossaire-courte-longue">Passerelle courte ou longue</dt>
        <dd>
          Le classement du répertoire : une passerelle <em>courte</em> demande une adaptation en
          poste, une passerelle <em>longue</em> une formation préalable. Il parle du métier, pas de
          vous : une passerelle courte peut rester longue à parcourir si votre adéquation est
          faible.
        </dd>
        <dt id="glossaire-adequation">Adéquation</dt>
        <dd>
          La part des niveaux requis par le métier visé que vous détenez déjà : chaque compétence
          compte le rang de son niveau requis (générales 1, opérationnelles 2, approfondies 3), et
          un niveau inférieur détenu compte son propre rang.
        </dd>
        <dt id="glossaire-niveaux">Niveaux de connaissances</dt>
        <dd>
          L’échelle de la fiche métier 40L20, qui donne aussi les durées d’acquisition utilisées
          pour estimer les durées :
          {levels.state.status === 'ready' && (
            <ul>
              {levels.state.data.map((l) => (
                <li key={l.level}>
                  <strong>{LEVEL_LABEL[l.level]}</strong> — {l.definition} Durée d’acquisition :{' '}
                  {l.acquisitionTime} (retenu : {formatMonths(l.typicalMonths)}, le milieu de
                  l’intervalle). <SourceRef source={l.source} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt id="glossaire-duree">Durée estimée</dt>
        <dd>
          Pour chaque compétence manquante, le temps de passer de votre niveau au niveau requis
          selon l’échelle ci-dessus (la différence des durées retenues). Les compétences d’une même
          étape s’apprennent en parallèle : l’étape dure autant que la plus longue. Les étapes se
          suivent : leurs durées s’additionnent. C’est un ordre de grandeur, pas un calendrier.
        </dd>
        <dt id="glossaire-charge">Charge de formation</dt>
        <dd>
          La somme des durées de toutes les compétences à acquérir, comme si elles s’apprenaient
          l’une après l’autre. Elle sert seulement à classer les parcours (le moins chargé d’abord)
          ; elle ne dit pas combien de temps le parcours prend. Pour une fiche du ROME, qui ne donne
          pas de niveaux et liste plus ou moins d’items, elle compte la part de son cœur de métier
          qui vous manque, rapportée à un métier type de 12 compétences opérationnelles, plus une
          demi-unité par rang de la mobilité dans les suggestions du ROME, plus la plus longue de
          ses conditions : le diplôme d’un métier réglementé (sa durée de formation pour les métiers
          de santé — trois ans pour infirmier, dix pour médecin… —, sinon trois ans, ou un an depuis
          un métier réglementé du même domaine), deux ans pour un changement de domaine
          professionnel. Un diplôme réservé aux titulaires d’un autre (cadre de santé, IADE…) ne
          s’atteint qu’avec un diplôme qui y donne accès (celui de votre métier, ceux que vous
          déclarez, ceux que le parcours vous fait obtenir), après les années d’exercice exigées,
          comptées quand ce diplôme est obtenu en chemin. Ces durées suivent les textes en vigueur
          (arrêté, décret ou code), que chaque condition cite avec la date où le projet les a relus
          ; là où le ROME est plus ancien que le texte, le texte l’emporte.
        </dd>
        <dt id="glossaire-deduit">Déduit</dt>
        <dd>
          Un fait que les documents ne donnent pas mot pour mot et que Passerelles en déduit ; sa
          justification s’affiche à côté. Les autres faits citent leur document et leur passage.
        </dd>
      </dl>
    </section>
  );
}
