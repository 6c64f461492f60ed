import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { graphql } from '../api/client.js';
import {
  FUTURE_PROFILES,
  REACHABLE_ROLES,
  ROME_DIPLOMAS,
  ROME_TARGETS,
  SCENARIO_LIST,
} from '../api/queries.js';
import type {
  CareerRoute,
  Level,
  PathFamily,
  RoleSummary,
  RomeRelease,
  Skill,
} from '../api/types.js';
import { CyCanvas } from '../components/cy-canvas.js';
import { DiplomaChecklist, useOwnDiplomas } from '../components/diploma-checklist.js';
import { Disclosure } from '../components/disclosure.js';
import { ExportPng, type LegendEntry } from '../components/export-png.js';
import { Glossary } from '../components/glossary.js';
import { PROFILE_PREFIX, RolePicker } from '../components/role-picker.js';
import { ServiceYearsField, useServiceYears } from '../components/service-years.js';
import { SkillChecklist } from '../components/skill-checklist.js';
import { Empty, ErrorState, Loading } from '../components/status.js';
import { useAsync, type AsyncState } from '../components/use-async.js';
import { FAMILIES, FAMILY_LABEL } from '../model/labels.js';
import { routesToLanes } from '../model/route-lanes.js';
import { withLevel } from '../model/member-levels.js';
import {
  forgetProfile,
  loadProfile,
  profileSkills,
  saveProfile,
  type StoredProfile,
} from '../state/profile-store.js';
import { teamMember } from '../state/team-store.js';
import type { ImportedMember } from '../model/team-import.js';
import { toSearch, type ViewState } from '../state/url-state.js';
import { FutureProfileTarget } from './future-profile-target.js';
import { ReachableList } from './reachable-list.js';
import {
  jobOwnProfile,
  loadRouteCertifications,
  loadRoutes,
  routesRequest,
  type RouteCertifications,
} from './route-request.js';
import { RouteComparison, RouteDetails } from './route-details.js';
import { avoidKinds, ORDER_OF } from '../model/reachable.js';
import { familyColor } from '../model/colors.js';

interface Props {
  /** The jobs, or null while they load (a link's routes may be shown meanwhile). */
  roles: readonly RoleSummary[] | null;
  skills: readonly Skill[];
  /** France Travail's ROME, when it is loaded beside the study. */
  rome: RomeRelease | null;
  state: ViewState;
  navigate: (patch: Partial<ViewState>) => void;
}

function useOwnLevels(roleId: string | null) {
  const [own, setOwn] = useState<Pick<StoredProfile, 'levels' | 'evidence'>>(() => {
    const stored = loadProfile();
    return stored && stored.roleId === roleId ? stored : { levels: {} };
  });
  const [owner, setOwner] = useState(roleId);
  if (owner !== roleId) {
    setOwner(roleId);
    setOwn({ levels: {} });
  }
  const set = (skillId: string, level: Level | null) => {
    if (!roleId) return;
    // A level she changes here is declared: the evidence a reopened project gave was for the old one.
    const { [skillId]: _old, ...evidence } = own.evidence ?? {};
    const next = {
      levels: { ...own.levels, [skillId]: level },
      ...(Object.keys(evidence).length > 0 && { evidence }),
    };
    setOwn(next);
    saveProfile({ roleId, ...next });
  };
  const forget = () => {
    forgetProfile();
    setOwn({ levels: {} });
  };
  return { levels: own.levels, evidence: own.evidence ?? {}, set, forget };
}

/**
 * The levels of a team map's person (« Voir le parcours »), in this view only: changing one here
 * changes neither her row in the team nor the user's own profile.
 */
function useTeamMemberLevels(position: number | null, roleId: string | null) {
  const member = useMemo(
    () => (position === null ? null : teamMember(position, roleId)),
    [position, roleId],
  );
  const [changed, setChanged] = useState<{ of: ImportedMember; now: ImportedMember }>();
  if (!member) return null;
  const now = changed?.of === member ? changed.now : member;
  return {
    id: member.id,
    levels: now.levels,
    evidence: now.evidence ?? {},
    set: (skillId: string, level: Level | null) => {
      setChanged({ of: member, now: withLevel(now, skillId, level) });
    },
  };
}

/** The path families the routes use, for the PNG's legend. */
const routeLegend = (routes: readonly CareerRoute[]): LegendEntry[] => {
  const families = new Set(routes.flatMap((r) => r.steps.map((s) => s.family)));
  return [...families].map((family) => ({
    label: family ? FAMILY_LABEL[family] : 'Sans piste (entrée, métier actuel)',
    color: familyColor(family),
    filled: true,
  }));
};

function Routes({
  routes,
  certifications,
  onProject,
}: {
  routes: CareerRoute[];
  /** What the published certifications credit, once read (null: none, or not yet). */
  certifications: AsyncState<RouteCertifications | null>;
  onProject: () => void;
}) {
  const [cy, setCy] = useState<Core | null>(null);
  const elements = useMemo(() => routesToLanes(routes), [routes]);
  return (
    <div class="routes">
      <RouteComparison routes={routes} />
      <div class="toolbar">
        <ExportPng
          cy={cy}
          name="parcours"
          title={`Parcours de « ${routes[0]?.steps[0]?.from.title ?? ''} » vers « ${routes[0]?.steps.at(-1)?.to.title ?? ''} »`}
          legend={routeLegend(routes)}
        />
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          Imprimer les parcours
        </button>
        <button type="button" class="primary" onClick={onProject}>
          Préparer mon projet (entretien, RH, fichier)
        </button>
      </div>
      <p class="phone-only hint">
        Sur un petit écran, chaque parcours est donné en texte ci-dessous, étape par étape.
      </p>
      <CyCanvas
        elements={elements}
        layout={{ name: 'preset', fit: true, padding: 30 }}
        label={`Schéma des ${routes.length} parcours, de gauche à droite ; le détail suit en texte.`}
        onReady={setCy}
        height={Math.max(180, routes.length * 130 + 60)}
      />
      <ul class="legend" aria-label="Légende des couleurs">
        {FAMILIES.map((f) => (
          <li key={f}>
            <span class="swatch" style={{ background: familyColor(f) }} /> {FAMILY_LABEL[f]}
          </li>
        ))}
        <li>
          <span class="swatch" style={{ background: familyColor(null) }} /> Métier actuel, entrée
          dans le métier
        </li>
      </ul>
      {certifications.status === 'error' && (
        <p class="hint" role="note">
          Les certifications publiées par l’atelier de blocs n’ont pas pu être lues : les parcours
          ci-dessous ne les montrent pas.
        </p>
      )}
      {routes.map((route, i) => (
        <RouteDetails
          key={route.id}
          route={route}
          index={i}
          certifications={
            certifications.status === 'ready' ? certifications.data?.get(route.id) : undefined
          }
          askYears={() => {
            document.getElementById('service-years')?.focus();
          }}
        />
      ))}
    </div>
  );
}

/** Mon parcours: where I stand, where I want to go, and the way there. */
export function PlannerView({ roles, skills, rome, state, navigate }: Props) {
  const current = roles?.find((r) => r.id === state.from) ?? null;
  const own = useOwnLevels(state.from);
  const borrowed = useTeamMemberLevels(state.member, state.from);
  const levels = borrowed?.levels ?? own.levels;
  const customised = Object.keys(levels).length > 0;
  // The diplomas she says she holds count with ROME only, once the planner's list is known.
  const ownDiplomas = useOwnDiplomas();
  const serviceYears = useServiceYears();
  const withRome = rome !== null && state.rome;
  const romeDiplomas = useAsync(withRome ? 'rome-diplomas' : null, (_, signal) =>
    graphql(ROME_DIPLOMAS, {}, signal).then((d) => d.romeDiplomas),
  );
  const diplomaList = romeDiplomas.state.status === 'ready' ? romeDiplomas.state.data : [];
  const declared = ownDiplomas.ids.filter((id) => diplomaList.some((d) => d.id === id));
  const diplomasPending =
    withRome && ownDiplomas.ids.length > 0 && romeDiplomas.state.status === 'loading';
  const profile =
    current && !diplomasPending
      ? {
          currentRoleId: current.id,
          ...(customised && {
            skills: profileSkills(levels, borrowed?.evidence ?? own.evidence),
          }),
          ...(withRome && declared.length > 0 && { diplomas: declared }),
          ...(serviceYears.years !== null && { serviceYears: serviceYears.years }),
        }
      : roles === null
        ? jobOwnProfile(state, customised, serviceYears.years)
        : null;
  const [reachableOffset, setReachableOffset] = useState(0);
  const futureProfiles = useAsync('future-profiles', (_, signal) =>
    graphql(FUTURE_PROFILES, {}, signal).then((d) => d.futureProfiles),
  );
  const profiles = futureProfiles.state.status === 'ready' ? futureProfiles.state.data : [];
  // ROME's fiches as targets, once ROME is included.
  const romeTargets = useAsync(rome && state.rome ? 'rome-targets' : null, (_, signal) =>
    graphql(ROME_TARGETS, {}, signal).then((d) => d.romeTargets),
  );
  const targetProfile = state.to?.startsWith(PROFILE_PREFIX)
    ? profiles.find((p) => `${PROFILE_PREFIX}${p.id}` === state.to)
    : undefined;
  const routesVariables = routesRequest(state, profile);
  const routes = useAsync(routesVariables, loadRoutes);
  const certifications = useAsync(
    routesVariables && routes.state.status === 'ready'
      ? {
          variables: routesVariables,
          roleIds: [...new Set(routes.state.data.flatMap((r) => r.steps.map((s) => s.to.id)))],
        }
      : null,
    loadRouteCertifications,
  );
  const reachableRequest =
    profile && state.reachable
      ? {
          profile,
          families: state.families.length ? state.families : null,
          avoid: avoidKinds(state.avoid),
          offset: reachableOffset,
          orderBy: ORDER_OF[state.order],
          scenario: state.scenario,
          includeRome: state.rome,
        }
      : null;
  const reachable = useAsync(reachableRequest, (variables, signal) =>
    graphql(REACHABLE_ROLES, variables, signal).then((d) => d.reachable),
  );
  // After « Où puis-je aller ? » or « Voir les parcours » (whose button goes away), focus goes to
  // the results once they are there, never to <body>; on a phone, where they stand below the
  // form, the page scrolls to them.
  const resultsRef = useRef<HTMLDivElement>(null);
  const awaitingResults = useRef(false);
  const resultsReady = state.reachable
    ? reachable.state.status !== 'loading'
    : routes.state.status !== 'loading';
  useEffect(() => {
    const results = resultsRef.current;
    if (!awaitingResults.current || !resultsReady || !results) return;
    awaitingResults.current = false;
    results.focus({ preventScroll: true });
    const top = results.getBoundingClientRect().top;
    if (top < 0 || top > innerHeight * 0.6) results.scrollIntoView({ block: 'start' });
  }, [resultsReady, state.reachable, state.to]);
  // A new question starts again at the first page.
  useEffect(() => {
    setReachableOffset(0);
  }, [
    state.from,
    state.families,
    state.avoid,
    state.order,
    state.scenario,
    state.reachable,
    state.rome,
  ]);
  const scenarios = useAsync('scenarios', (_, signal) =>
    graphql(SCENARIO_LIST, {}, signal).then((d) => d.scenarios),
  );
  const toggleFamily = (family: PathFamily) => {
    navigate({
      families: state.families.includes(family)
        ? state.families.filter((f) => f !== family)
        : [...state.families, family],
    });
  };

  return (
    <section class="planner" aria-labelledby="planner-title">
      <h2 id="planner-title">Mon parcours</h2>
      <div class="planner-layout">
        <form
          class="panel"
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <RolePicker
            id="from-role"
            label="1. Mon métier actuel"
            roles={roles}
            value={state.from}
            onChange={(id) => {
              navigate({ from: id, member: null });
            }}
          />
          {state.member !== null && (
            <div class="borrowed-levels" role="status">
              {borrowed ? (
                <p>
                  Niveaux de la personne « {borrowed.id} » de la carte d'équipe (dans cet onglet
                  seulement, jamais enregistrés sur le serveur).
                </p>
              ) : (
                <p>
                  Cette personne n'est plus dans la carte d'équipe de cet onglet : le parcours part
                  des niveaux du métier.
                </p>
              )}
              <button
                type="button"
                onClick={() => {
                  navigate({ member: null });
                }}
              >
                Revenir à mes propres niveaux
              </button>
            </div>
          )}
          {current && !borrowed && (
            <p class="hint positioning-link">
              <a
                href={toSearch({ ...state, view: 'positionnement' })}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ view: 'positionnement' });
                }}
              >
                Me positionner
              </a>{' '}
              : quelques questions sur ce que vous faites seule, avec de l'aide ou jamais donnent
              vos niveaux.
            </p>
          )}
          {current && (
            <Disclosure class="own-skills" summary="Ajuster mes compétences (facultatif)">
              {() => (
                <>
                  <p class="hint">
                    Par défaut, vos compétences sont celles requises par votre métier actuel. Vos
                    réglages restent dans ce navigateur : ils ne sont envoyés qu'avec vos
                    recherches, jamais enregistrés sur le serveur.
                  </p>
                  <button
                    type="button"
                    onClick={() => {
                      own.forget();
                      ownDiplomas.forget();
                      serviceYears.set(null);
                    }}
                    disabled={
                      Object.keys(own.levels).length === 0 &&
                      ownDiplomas.ids.length === 0 &&
                      serviceYears.years === null
                    }
                  >
                    Oublier mes données
                  </button>
                  <SkillChecklist
                    role={current}
                    allSkills={skills}
                    levels={levels}
                    onChange={borrowed?.set ?? own.set}
                  />
                </>
              )}
            </Disclosure>
          )}
          {current && <ServiceYearsField years={serviceYears.years} onChange={serviceYears.set} />}
          <RolePicker
            id="to-role"
            label="2. Le métier que je vise"
            roles={roles}
            value={state.to}
            exclude={state.from}
            futureProfiles={profiles}
            romeTargets={romeTargets.state.status === 'ready' ? romeTargets.state.data : []}
            onChange={(id) => {
              navigate({ to: id, reachable: false });
            }}
          />
          <fieldset class="families">
            <legend>Pistes à explorer (toutes si aucune n'est cochée)</legend>
            {FAMILIES.map((family) => (
              <label key={family}>
                <input
                  type="checkbox"
                  checked={state.families.includes(family)}
                  onChange={() => {
                    toggleFamily(family);
                  }}
                />{' '}
                {FAMILY_LABEL[family]}
              </label>
            ))}
          </fieldset>
          {rome && (
            <label class="rome-toggle">
              <input
                type="checkbox"
                checked={state.rome}
                onChange={(e) => {
                  const rome = e.currentTarget.checked;
                  // Without ROME, a ROME fiche is no target any more.
                  navigate({ rome, ...(!rome && state.to?.startsWith('rome-') && { to: null }) });
                }}
              />{' '}
              Inclure les métiers du ROME de France Travail ({rome.fiches} fiches)
              <small class="hint">
                {' '}
                — leurs mobilités, sans piste de l’étude : visibles quand aucune piste n’est cochée.
                Une étape vers une fiche ROME coûte la part de son cœur de métier qui vous manque ;
                un métier réglementé compte son diplôme (et, s’il est réservé — cadre de santé,
                IADE… —, passe par un métier ou un diplôme déclaré qui y donne accès), un changement
                de domaine une reconversion.
              </small>
            </label>
          )}
          {withRome && diplomaList.length > 0 && (
            <DiplomaChecklist
              diplomas={diplomaList}
              held={ownDiplomas.ids}
              onToggle={ownDiplomas.toggle}
            />
          )}
          <label for="reachable-scenario">Selon un scénario de l’étude (facultatif)</label>
          <select
            id="reachable-scenario"
            value={state.scenario ?? ''}
            onChange={(e) => {
              navigate({ scenario: e.currentTarget.value || null });
            }}
          >
            <option value="">aucun (classement neutre)</option>
            {(scenarios.state.status === 'ready' ? scenarios.state.data : []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <p>ou</p>
          <button
            type="button"
            class="primary"
            disabled={!current}
            onClick={() => {
              awaitingResults.current = true;
              navigate({ reachable: true });
            }}
          >
            Où puis-je aller ?
          </button>
        </form>
        <div
          class="results"
          aria-live="polite"
          aria-label="Résultats"
          ref={resultsRef}
          tabIndex={-1}
        >
          {roles === null && <Loading label="Chargement des métiers…" />}
          {!current && roles !== null && (
            <Empty>Choisissez votre métier actuel pour commencer.</Empty>
          )}
          {current && state.reachable && reachable.state.status === 'loading' && (
            <Loading label="Recherche des métiers accessibles…" />
          )}
          {current && state.reachable && reachable.state.status === 'error' && (
            <ErrorState error={reachable.state.error} retry={reachable.retry} />
          )}
          {current && state.reachable && reachable.state.status === 'ready' && (
            <ReachableList
              matches={reachable.state.data.matches}
              total={reachable.state.data.total}
              removedByAvoid={reachable.state.data.removedByAvoid}
              offset={reachableOffset}
              onPage={setReachableOffset}
              avoid={state.avoid}
              onAvoid={(avoid) => {
                navigate({ avoid });
              }}
              sort={state.order}
              onSort={(order) => {
                navigate({ order });
              }}
              scenario={state.scenario}
              choose={(id) => {
                awaitingResults.current = true;
                navigate({ to: id, reachable: false });
              }}
            />
          )}
          {current && !state.reachable && targetProfile && (
            <FutureProfileTarget
              profile={targetProfile}
              choose={(id) => {
                awaitingResults.current = true;
                navigate({ to: id, reachable: false });
              }}
            />
          )}
          {current && !state.reachable && !state.to && (
            <Empty>Choisissez le métier visé, ou demandez « Où puis-je aller ? ».</Empty>
          )}
          {routes.state.status === 'loading' && <Loading label="Calcul des parcours…" />}
          {routes.state.status === 'error' && (
            <ErrorState error={routes.state.error} retry={routes.retry} />
          )}
          {routes.state.status === 'ready' &&
            (routes.state.data.length === 0 ? (
              <Empty>
                Aucun parcours documenté ne mène à ce métier en 4 étapes au plus
                {state.families.length > 0 ? ' avec les pistes cochées' : ''}.
              </Empty>
            ) : (
              <Routes
                routes={routes.state.data}
                certifications={certifications.state}
                onProject={() => {
                  navigate({ view: 'projet' });
                }}
              />
            ))}
          {current && (state.reachable || state.to) && <Glossary />}
        </div>
      </div>
    </section>
  );
}
