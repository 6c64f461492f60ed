import { Sigles } from '../components/acronyms.js';
import type { CareerRoute, RouteStep, StepCertification } from '../api/types.js';
import { StepCertifications, StepDiplomas } from './step-certifications.js';
import { Term } from '../components/glossary.js';
import { LevelTag, MoveKindNote } from '../components/level-tag.js';
import { SourceRef } from '../components/source-ref.js';
import {
  costingText,
  COVERAGE_LABEL,
  evidenceText,
  FAMILY_LABEL,
  formatMonths,
  FUNDING_STATUS_LABEL,
  isDerivedSource,
  LEVEL_LABEL,
  levelText,
  MEANS_LABEL,
  MOVE_KIND_LABEL,
} from '../model/labels.js';

/** « Comment y aller » : how the step is taken, each means with its source. */
function StepMeansList({ means }: { means: RouteStep['means'] }) {
  if (means.length === 0) return null;
  return (
    <div class="means">
      <strong>Comment y aller :</strong>
      <ul>
        {means.map((m, i) => (
          <li key={i}>
            <strong>{MEANS_LABEL[m.kind]}</strong> : <Sigles text={m.label} />{' '}
            <SourceRef source={m.source} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** « Qui peut financer » : each reviewed scheme for the step's means, checked for her. */
function StepFunding({
  funding,
  askYears,
}: {
  funding: RouteStep['funding'];
  /** Takes her to the years-of-service field, where the page has one. */
  askYears: (() => void) | undefined;
}) {
  return (
    <div class="funding">
      <strong>Qui peut financer :</strong>
      {funding.length === 0 ? (
        <p>Aucun dispositif de financement relu ne paie ces moyens.</p>
      ) : (
        <ul>
          {funding.map((f) => (
            <li key={f.scheme.id} class={`funding-${f.status.toLowerCase()}`}>
              <strong>{f.scheme.label}</strong> (pour :{' '}
              {f.covers.map((k) => MEANS_LABEL[k]).join(', ')}){' — '}
              <span class="funding-status">{FUNDING_STATUS_LABEL[f.status]}</span> : {f.reason}
              {askYears && f.missingFacts.includes('SERVICE_YEARS') && (
                <>
                  {' '}
                  <button type="button" class="link-button" onClick={askYears}>
                    Indiquer mes années de service
                  </button>
                </>
              )}
              <br />
              Payé par : {f.scheme.payer}. {f.scheme.how}
              <small class="funding-texts">
                Textes : {f.scheme.sources.join(' ; ')}
                {f.scheme.reviewNote && <> — Relecture : {f.scheme.reviewNote}</>}
              </small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function StepDetails({
  step,
  index,
  askYears,
  certifications,
}: {
  step: RouteStep;
  index: number;
  askYears: (() => void) | undefined;
  certifications: readonly StepCertification[] | null | undefined;
}) {
  const { gap } = step;
  return (
    <li class="step">
      <h4>
        Étape {index + 1} : <Sigles text={step.from.title} /> → <Sigles text={step.to.title} />
      </h4>
      <p class="step-meta">
        <Term id="courte-longue">
          {MOVE_KIND_LABEL[step.kind]} {step.distance === 'LONG' ? 'longue' : 'courte'}
        </Term>{' '}
        <MoveKindNote kindSource={step.kindSource} />
        {step.distance === 'SHORT' &&
          gap.matchPercent < 50 &&
          ' (au sens du répertoire ; votre écart reste important)'}
        {step.family ? ` · ${FAMILY_LABEL[step.family]}` : ''}
        {step.rank !== null &&
          ` · mobilité ROME (rang ${step.rank} parmi les suggestions de la fiche)`}{' '}
        · <Term id="adequation">adéquation</Term> actuelle {gap.matchPercent} % · durée{' '}
        {formatMonths(gap.estimatedMonths)}
      </p>
      <p class="step-costing">
        <Term id="charge">{costingText(step.costing)}</Term>
      </p>
      <p>
        <SourceRef source={step.source} />
      </p>
      {step.outlook && (
        <p class={`outlook outlook-${step.outlook.effect.toLowerCase()}`}>
          {step.outlook.effect === 'FAVOURED'
            ? 'Métier favorisé par le scénario choisi.'
            : 'Métier menacé dans le scénario choisi.'}{' '}
          <SourceRef source={step.outlook.source} />
        </p>
      )}
      {step.note && <p class="note">{step.note}</p>}
      {step.conditions.length > 0 && (
        <div class="conditions">
          <strong>Conditions à remplir :</strong>
          <ul>
            {step.conditions.map((c) => (
              <li key={c.id}>
                <Sigles text={c.label} /> <SourceRef source={c.source} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <StepMeansList means={step.means} />
      <StepFunding funding={step.funding} askYears={askYears} />
      <StepDiplomas diplomas={step.diplomas} />
      <StepCertifications credits={certifications} />
      {gap.missing.length === 0 ? (
        <p>Rien à acquérir pour cette étape.</p>
      ) : (
        <table class="gap-table">
          <caption>
            Compétences à acquérir pour devenir <Sigles text={step.to.title} />
          </caption>
          <thead>
            <tr>
              <th scope="col">Compétence</th>
              <th scope="col">Niveau actuel → requis</th>
              <th scope="col">Durée</th>
              <th scope="col">Formation</th>
            </tr>
          </thead>
          <tbody>
            {gap.missing.map((m) => (
              <tr key={m.skill.id} class={`coverage-${m.coverage.toLowerCase()}`}>
                <th scope="row">
                  <Sigles text={m.skill.label} />
                  <br />
                  <SourceRef source={m.requirementSource} />
                </th>
                <td data-label="Niveau actuel → requis">
                  {m.currentLevel ? LEVEL_LABEL[m.currentLevel] : 'aucune'}
                  {m.currentEvidence && (
                    <> ({evidenceText(m.currentEvidence, m.currentEvidenceDate)})</>
                  )}{' '}
                  → <LevelTag level={m.requiredLevel} levelSource={m.levelSource} />
                </td>
                <td data-label="Durée">{formatMonths(m.months)}</td>
                <td data-label="Formation">
                  {m.trainedBy.length === 0 ? (
                    <strong class="uncovered">{COVERAGE_LABEL.NONE}</strong>
                  ) : (
                    <>
                      {m.coverage === 'PARTIAL' && <em>{COVERAGE_LABEL.PARTIAL} : </em>}
                      {m.trainedBy
                        .map(
                          (t) =>
                            `${t.block.title} › ${t.item.label} (${levelText(t.level, isDerivedSource(t.levelSource))})`,
                        )
                        .join(' ; ')}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {gap.uncoveredSkills.length > 0 && (
        <p class="uncovered-note" role="note">
          Aucun bloc de formation de l'étude ne couvre :{' '}
          {gap.uncoveredSkills.map((s) => s.label).join(' ; ')}.
        </p>
      )}
    </li>
  );
}

/** A route as an ordered text list: the steps, their conditions, what to learn and where. */
export function RouteDetails({
  route,
  index,
  askYears,
  certifications,
}: {
  route: CareerRoute;
  index: number;
  /** Where the page has a years-of-service field: takes her there from a rule that needs it. */
  askYears?: () => void;
  /** Each step's published certifications against her levels, when some target its role. */
  certifications?: readonly (readonly StepCertification[] | null)[];
}) {
  return (
    <article class="route" aria-labelledby={`route-${index}`}>
      <h3 id={`route-${index}`}>
        Parcours {index + 1} :{' '}
        {[route.steps[0]?.from.title, ...route.steps.map((s) => s.to.title)].join(' → ')}
      </h3>
      <p>
        {route.steps.length} étape{route.steps.length > 1 ? 's' : ''} ·{' '}
        <Term id="duree">durée estimée</Term> {formatMonths(route.estimatedMonths)}
      </p>
      <ol class="steps">
        {route.steps.map((step, i) => (
          <StepDetails
            key={step.to.id}
            step={step}
            index={i}
            askYears={askYears}
            certifications={certifications?.[i]}
          />
        ))}
      </ol>
    </article>
  );
}

export function RouteComparison({ routes }: { routes: readonly CareerRoute[] }) {
  return (
    <table class="comparison">
      {/* elementtiming: the browser reports when this text is painted (npm run bench reads it). */}
      <caption elementtiming="routes">
        Comparaison des parcours (le moins chargé en formation d’abord)
      </caption>
      <thead>
        <tr>
          <th scope="col">Parcours</th>
          <th scope="col">Étapes</th>
          <th scope="col">
            <Term id="duree">Durée estimée</Term>
          </th>
          <th scope="col">
            <Term id="charge">Charge de formation</Term> (mois additionnés)
          </th>
          <th scope="col">Compétences sans formation</th>
        </tr>
      </thead>
      <tbody>
        {routes.map((route, i) => (
          <tr key={route.id}>
            <th scope="row">
              <a href={`#route-${i}`}>Parcours {i + 1}</a>
            </th>
            <td data-label="Étapes">{route.steps.length}</td>
            <td data-label="Durée estimée">{formatMonths(route.estimatedMonths)}</td>
            <td data-label="Charge de formation">{Math.round(route.totalCost)}</td>
            <td data-label="Compétences sans formation">
              {new Set(route.steps.flatMap((s) => s.gap.uncoveredSkills.map((u) => u.id))).size}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
