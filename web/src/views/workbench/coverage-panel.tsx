import type { BlocStatus } from '../../api/operations.generated.js';
import { compareFrench } from '../../model/french.js';
import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../../api/client.js';
import { DRAFT_COVERAGE, FUTURE_PROFILES } from '../../api/queries.js';
import type { Coverage, DraftCoverage, PathFamily, RoleSummary } from '../../api/types.js';
import { LevelTag } from '../../components/level-tag.js';
import { SourceRef } from '../../components/source-ref.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import {
  localProblems,
  targetInput,
  toInput,
  type EditBlock,
  type TargetChoice,
} from '../../model/draft-editor.js';
import { hoursText } from '../../model/draft-text.js';
import { FAMILIES, FAMILY_LABEL, LEVEL_LABEL } from '../../model/labels.js';

/** How long the editor must rest before the coverage is asked again. */
const DEBOUNCE_MS = 400;

const STATUS_WORD: Record<Coverage, string> = {
  FULL: 'couverte',
  PARTIAL: 'en partie',
  NONE: 'non couverte',
};

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value);
    }, ms);
    return () => {
      clearTimeout(timer);
    };
  }, [value, ms]);
  return settled;
}

/** Which typical profiles would already hold a bloc: to have recognised rather than trained. */
function TypicalProfiles({
  profiles,
}: {
  profiles: readonly { role: { id: string; title: string }; status: BlocStatus }[];
}) {
  const titles = (status: BlocStatus) =>
    profiles.filter((p) => p.status === status).map((p) => p.role.title);
  const acquired = titles('ACQUIRED');
  const partial = titles('PARTIAL');
  return (
    <p class="typical-profiles">
      Acquis d’emblée par {acquired.length} profil{acquired.length > 1 ? 's' : ''} type
      {acquired.length > 1 ? 's' : ''} sur {profiles.length}
      {acquired.length > 0 && ` (${acquired.join(' ; ')})`}
      {partial.length > 0 && ` ; en partie par ${partial.join(' ; ')}`}.
    </p>
  );
}

/**
 * Live coverage: what the block set being edited (saved or not) covers of a target's required
 * skills, beside the study's blocks, with hours per block and the roles each block serves.
 */
export function CoveragePanel({
  draftId,
  blocks,
  roles,
}: {
  draftId: string;
  blocks: readonly EditBlock[];
  roles: readonly RoleSummary[];
}) {
  const [choice, setChoice] = useState<TargetChoice>({ kind: 'FAMILIES', family: 'COORDINATION' });
  const profiles = useAsync('future-profiles', (_, signal) =>
    graphql(FUTURE_PROFILES, {}, signal).then((d) => d.futureProfiles),
  );
  const settled = useDebounced(blocks, DEBOUNCE_MS);
  const target = targetInput(choice);
  // Only a block set that can be saved is measured (the problems are listed by the editor).
  const request =
    target && localProblems(settled).length === 0 ? { target, blocks: toInput(settled) } : null;
  const coverage = useAsync(request, (r, signal) =>
    graphql(DRAFT_COVERAGE, { id: draftId, target: r.target, blocks: r.blocks }, signal).then(
      (d) => d.draftCoverage,
    ),
  );
  // The last report stays on screen while the next one is computed: no flicker while typing.
  const [last, setLast] = useState<DraftCoverage | null>(null);
  useEffect(() => {
    if (coverage.state.status === 'ready') setLast(coverage.state.data);
  }, [coverage.state]);
  return (
    <section
      class="coverage-panel"
      aria-labelledby="coverage-panel-title"
      aria-busy={coverage.state.status === 'loading'}
    >
      <h3 id="coverage-panel-title">Couverture en direct</h3>
      <fieldset class="target-choice">
        <legend>Mesurer la couverture pour</legend>
        <label for="coverage-kind">Cible</label>
        <select
          id="coverage-kind"
          value={choice.kind}
          onChange={(e) => {
            const kind = e.currentTarget.value as TargetChoice['kind'];
            setChoice(
              kind === 'FAMILIES'
                ? { kind, family: 'COORDINATION' }
                : kind === 'FUTURE_PROFILE'
                  ? { kind, id: '' }
                  : kind === 'ROLES'
                    ? { kind, roleIds: [] }
                    : { kind: 'ALL' },
            );
          }}
        >
          <option value="FAMILIES">une piste d’évolution</option>
          <option value="FUTURE_PROFILE">un profil d’avenir de l’étude</option>
          <option value="ROLES">des métiers choisis</option>
          <option value="ALL">tous les métiers</option>
        </select>
        {choice.kind === 'FAMILIES' && (
          <>
            <label for="coverage-family">Piste</label>
            <select
              id="coverage-family"
              value={choice.family}
              onChange={(e) => {
                setChoice({ kind: 'FAMILIES', family: e.currentTarget.value as PathFamily });
              }}
            >
              {FAMILIES.map((f) => (
                <option key={f} value={f}>
                  {FAMILY_LABEL[f]}
                </option>
              ))}
            </select>
          </>
        )}
        {choice.kind === 'FUTURE_PROFILE' && (
          <>
            <label for="coverage-profile">Profil d’avenir</label>
            <select
              id="coverage-profile"
              value={choice.id}
              onChange={(e) => {
                setChoice({ kind: 'FUTURE_PROFILE', id: e.currentTarget.value });
              }}
            >
              <option value="">— choisir —</option>
              {profiles.state.status === 'ready' &&
                profiles.state.data.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
            </select>
          </>
        )}
        {choice.kind === 'ROLES' && (
          <>
            <label for="coverage-roles">Métiers (Ctrl ou Maj pour en choisir plusieurs)</label>
            <select
              id="coverage-roles"
              multiple
              size={6}
              onChange={(e) => {
                setChoice({
                  kind: 'ROLES',
                  roleIds: [...e.currentTarget.selectedOptions].map((o) => o.value),
                });
              }}
            >
              {[...roles]
                .sort((a, b) => compareFrench(a.title, b.title))
                .map((r) => (
                  <option key={r.id} value={r.id} selected={choice.roleIds.includes(r.id)}>
                    {r.title}
                  </option>
                ))}
            </select>
          </>
        )}
      </fieldset>
      {!target && <p class="hint">Choisissez la cible pour voir la couverture.</p>}
      {coverage.state.status === 'error' && (
        <ErrorState error={coverage.state.error} retry={coverage.retry} />
      )}
      {coverage.state.status === 'loading' && <Loading label="Calcul de la couverture…" />}
      {last && coverage.state.status !== 'error' && <CoverageReport coverage={last} />}
    </section>
  );
}

function CoverageReport({ coverage }: { coverage: DraftCoverage }) {
  const { draftTotals: d, studyTotals: s } = coverage;
  return (
    <div class="coverage-report">
      <table class="coverage-totals">
        <caption>
          {coverage.skills.length} compétences requises par {coverage.roles.length} métier
          {coverage.roles.length > 1 ? 's' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Compétences</th>
            <th scope="col">Blocs de l’étude (avant)</th>
            <th scope="col">Cette maquette (après)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">couvertes jusqu’au niveau requis</th>
            <td>{s.full}</td>
            <td data-testid="draft-full">{d.full}</td>
          </tr>
          <tr>
            <th scope="row">couvertes en partie</th>
            <td>{s.partial}</td>
            <td>{d.partial}</td>
          </tr>
          <tr>
            <th scope="row">non couvertes</th>
            <td>{s.none}</td>
            <td>{d.none}</td>
          </tr>
        </tbody>
      </table>
      <p>
        Volume total : <strong>{hoursText(coverage.totalHours)}</strong>
      </p>
      <h4>Par bloc</h4>
      <ul class="block-service">
        {coverage.blocks.map((block) => (
          <li key={block.number}>
            <strong>
              Bloc {block.number} — {block.title}
            </strong>{' '}
            : {hoursText(block.hours)}
            {block.itemsWithoutHours > 0 &&
              ` (${block.itemsWithoutHours} contenu${block.itemsWithoutHours > 1 ? 's' : ''} sans volume)`}
            <TypicalProfiles profiles={block.typicalProfiles} />
            {block.roles.length === 0 ? (
              <p class="hint">ne sert aucun métier de la cible.</p>
            ) : (
              <details>
                <summary>
                  sert {block.roles.length} métier{block.roles.length > 1 ? 's' : ''} de la cible
                </summary>
                <ul>
                  {block.roles.map(({ role, skills }) => (
                    <li key={role.id}>
                      {role.title} — {skills.map((sk) => sk.label).join(' ; ')}{' '}
                      <SourceRef source={role.source} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      <h4>Par compétence (les moins couvertes d’abord)</h4>
      <table class="coverage-skills">
        <thead>
          <tr>
            <th scope="col">Compétence</th>
            <th scope="col">Niveau requis</th>
            <th scope="col">Maquette</th>
            <th scope="col">Étude</th>
          </tr>
        </thead>
        <tbody>
          {coverage.skills.map((row) => (
            <tr key={row.skill.id} class={`coverage-${row.draft.toLowerCase()}`}>
              <th scope="row">
                {row.skill.label}
                <small> ({row.roles.map((r) => r.title).join(', ')})</small>
              </th>
              <td>
                <LevelTag level={row.requiredLevel} derived={row.levelDerived} />
              </td>
              <td>
                {STATUS_WORD[row.draft]}
                {row.draftItems.length > 0 && (
                  <small>
                    {' '}
                    —{' '}
                    {row.draftItems
                      .map(
                        (i) => `bloc ${i.blockNumber} › ${i.itemLabel} (${LEVEL_LABEL[i.level]})`,
                      )
                      .join(' ; ')}
                  </small>
                )}
              </td>
              <td>{STATUS_WORD[row.study]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
