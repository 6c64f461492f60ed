import { Sigles } from '../components/acronyms.js';
import type { RoleMatch } from '../api/types.js';
import { Term } from '../components/glossary.js';
import { SourceRef } from '../components/source-ref.js';
import { Empty } from '../components/status.js';
import { FAMILY_LABEL, formatMonths } from '../model/labels.js';
import { valueLabel } from '../model/graph-labels.js';
import {
  AVOID_FILTERS,
  conditionsText,
  REACHABLE_SORTS,
  SORT_LABEL,
  type AvoidFilter,
  type ReachableSort,
} from '../model/reachable.js';

interface Props {
  matches: readonly RoleMatch[];
  total: number;
  /** The first shown, when the list is paged (PAGE_SIZE at a time). */
  offset: number;
  onPage: (offset: number) => void;
  avoid: readonly string[];
  /** How many roles the filters left out: 0 is said, so that a filter never seems to work. */
  removedByAvoid: number;
  onAvoid: (filters: string[]) => void;
  sort: ReachableSort;
  onSort: (sort: ReachableSort) => void;
  /** The scenario the list is ranked under (chosen in the planner's form), or null. */
  scenario: string | null;
  choose: (id: string) => void;
}

/**
 * « Où puis-je aller ? »: every role within reach, with its path family, sector, the conditions
 * on the way, the learning time and the match; filters « sans concours », « sans nouveau
 * diplôme », « sans changement de catégorie »; ordered as the person asks (by the API, so that
 * pages follow the order). The total is always
 * said; nothing is silently cut.
 */
/** Roles per page (the API's own limit). */
export const PAGE_SIZE = 50;

/** What a filter avoids, said after « Aucune de ces pistes ne demande… ». */
const AVOID_NONE: Readonly<Record<AvoidFilter, string>> = {
  concours: 'de concours',
  diplome: 'de nouveau diplôme',
  categorie: 'de changement de catégorie',
};

export function ReachableList({
  matches,
  total,
  offset,
  onPage,
  avoid,
  removedByAvoid,
  onAvoid,
  sort,
  onSort,
  scenario,
  choose,
}: Props) {
  return (
    <div class="reachable">
      <fieldset class="reachable-filters">
        <legend>Seulement les métiers accessibles…</legend>
        {AVOID_FILTERS.map((filter) => (
          <label key={filter.id} class="check">
            <input
              type="checkbox"
              checked={avoid.includes(filter.id)}
              onChange={() => {
                onAvoid(
                  avoid.includes(filter.id)
                    ? avoid.filter((f) => f !== filter.id)
                    : [...avoid, filter.id],
                );
              }}
            />{' '}
            {filter.label}
          </label>
        ))}
      </fieldset>
      {avoid.length > 0 && removedByAvoid === 0 && (
        <p class="hint avoid-none" role="status">
          Aucune de ces pistes ne demande{' '}
          {AVOID_FILTERS.filter((f) => avoid.includes(f.id))
            .map((f) => AVOID_NONE[f.id])
            .join(' ni ')}{' '}
          : le filtre n’en écarte aucune.
        </p>
      )}
      <label for="reachable-sort">Trier par</label>{' '}
      <select
        id="reachable-sort"
        value={sort}
        onChange={(e) => {
          onSort(e.currentTarget.value as ReachableSort);
        }}
      >
        {REACHABLE_SORTS.map((key) => (
          <option key={key} value={key}>
            {SORT_LABEL[key]}
          </option>
        ))}
      </select>
      {scenario && (
        <p class="hint">
          Les métiers que le scénario favorise passent devant, ceux qu’il menace derrière ; l’étude
          ne le dit pas métier par métier : chaque règle est déduite, sa justification s’affiche à
          côté.
        </p>
      )}
      {matches.length === 0 ? (
        <Empty>
          Aucun métier n’est documenté comme accessible depuis celui-ci
          {avoid.length > 0 ? ' avec ces filtres' : ''}.
        </Empty>
      ) : (
        <table class="comparison reachable-table">
          <caption>
            {total} métier{total > 1 ? 's' : ''} accessible{total > 1 ? 's' : ''} en deux étapes au
            plus
            {matches.length < total ? ` (de ${offset + 1} à ${offset + matches.length})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Métier</th>
              <th scope="col">Piste</th>
              <th scope="col">Secteur</th>
              <th scope="col">Conditions</th>
              <th scope="col">
                <Term id="duree">Durée de formation</Term>
              </th>
              <th scope="col">
                <Term id="adequation">Adéquation</Term>
              </th>
              <th scope="col">
                <span class="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {matches.map((m) => (
              <tr key={m.role.id}>
                <th scope="row">
                  <Sigles text={m.role.title} />
                  {m.via.length > 0 && <small> (via {m.via.map((r) => r.title).join(', ')})</small>}
                  {m.outlook && (
                    <span class={`outlook outlook-${m.outlook.effect.toLowerCase()}`}>
                      {' '}
                      {m.outlook.effect === 'FAVOURED'
                        ? 'favorisé par le scénario'
                        : 'menacé dans ce scénario'}{' '}
                      <SourceRef source={m.outlook.source} />
                    </span>
                  )}
                </th>
                <td data-label="Piste">{m.role.family ? FAMILY_LABEL[m.role.family] : '—'}</td>
                <td data-label="Secteur">{valueLabel(m.role.sector)}</td>
                <td data-label="Conditions">
                  {conditionsText(m)}
                  {m.conditions.length > 0 && (
                    <details>
                      <summary>sources</summary>
                      <ul>
                        {m.conditions.map((c) => (
                          <li key={c.id}>
                            <Sigles text={c.label} /> <SourceRef source={c.source} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                <td data-label="Durée de formation" data-months={m.estimatedMonths}>
                  {formatMonths(m.estimatedMonths)}
                </td>
                <td data-label="Adéquation">
                  <meter
                    min={0}
                    max={100}
                    value={m.matchPercent}
                    aria-label={`${m.matchPercent} %`}
                  />{' '}
                  {m.matchPercent} %
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      choose(m.role.id);
                    }}
                  >
                    Voir les parcours<span class="visually-hidden"> vers {m.role.title}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > PAGE_SIZE && (
        <p class="pager">
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => {
              onPage(Math.max(0, offset - PAGE_SIZE));
            }}
          >
            Métiers précédents
          </button>{' '}
          <button
            type="button"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => {
              onPage(offset + PAGE_SIZE);
            }}
          >
            Métiers suivants
          </button>
        </p>
      )}
    </div>
  );
}
