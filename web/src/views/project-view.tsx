import { useMemo, useState } from 'preact/hooks';
import type { CareerRoute, RoleSummary, Skill } from '../api/types.js';
import { Sigles } from '../components/acronyms.js';
import { download } from '../components/download.js';
import { ErrorState, Loading } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import {
  ENTRETIEN_LAW,
  ENTRETIEN_REVIEW_NOTE,
  ENTRETIEN_SECTIONS,
  type EntretienSection,
} from '../../../schema/entretien-professionnel.js';
import { citeLaw } from '../../../schema/legal-citation.js';
import { evidenceText, formatMonths, LEVEL_LABEL, MEANS_LABEL } from '../model/labels.js';
import {
  projectJson,
  projectSheets,
  readProjectJson,
  type Project,
} from '../model/project-file.js';
import { toXlsx } from '../model/team-xlsx.js';
import { yearsText } from '../model/service-years.js';
import {
  loadProfile,
  loadServiceYears,
  profileSkills,
  saveProfile,
  saveServiceYears,
} from '../state/profile-store.js';
import type { ViewState } from '../state/url-state.js';
import { loadRouteCertifications, loadRoutes, routesRequest } from './route-request.js';
import { RouteDetails } from './route-details.js';

interface Props {
  roles: readonly RoleSummary[];
  skills: readonly Skill[];
  state: ViewState;
  navigate: (patch: Partial<ViewState>) => void;
}

/** Her project as this browser holds it: levels, their evidence, years; nothing from a server. */
function storedProject(state: ViewState): Project | null {
  if (!state.from || !state.to) return null;
  const stored = loadProfile();
  const own = stored?.roleId === state.from ? stored : null;
  return {
    currentRoleId: state.from,
    targetRoleId: state.to,
    levels: own?.levels ?? {},
    evidence: own?.evidence ?? {},
    serviceYears: loadServiceYears(),
  };
}

/** What the project says in each theme of the entretien professionnel. */
function entretienLines(
  section: EntretienSection,
  project: Project,
  route: CareerRoute,
  skillLabel: (id: string) => string,
): string[] {
  switch (section) {
    case 'acquis': {
      const given = Object.entries(project.levels).map(([id, level]) => {
        const known = project.evidence[id];
        return level === null
          ? `${skillLabel(id)} : aucune`
          : `${skillLabel(id)} : ${LEVEL_LABEL[level]} (${evidenceText(known?.kind ?? 'DECLARED', known?.date ?? null)})`;
      });
      return given.length > 0
        ? given
        : ['Les niveaux de mon métier actuel, que je n’ai pas ajustés (non évalués).'];
    }
    case 'formation': {
      const lines = new Map<string, string>();
      for (const step of route.steps)
        for (const m of step.gap.missing)
          lines.set(
            m.skill.id,
            `${m.skill.label} : ${m.currentLevel ? LEVEL_LABEL[m.currentLevel] : 'aucune'} → ${LEVEL_LABEL[m.requiredLevel]}` +
              (m.trainedBy.length === 0
                ? ' (aucun bloc de l’étude ne la couvre : formation à trouver)'
                : ` (${[...new Set(m.trainedBy.map((t) => t.block.title))].join(', ')})`),
          );
      return lines.size > 0 ? [...lines.values()] : ['Rien à acquérir pour ce parcours.'];
    }
    case 'evolution':
      return route.steps.map(
        (s, i) =>
          `Étape ${String(i + 1)} : ${s.from.title} → ${s.to.title} — ${[...new Set(s.means.map((m) => MEANS_LABEL[m.kind]))].join(', ') || 'moyens à définir'}`,
      );
    case 'cpf': {
      const cpf = route.steps.flatMap((s) => s.funding.filter((f) => f.scheme.id === 'cpf'));
      return cpf.length > 0
        ? [cpf[0]?.reason ?? '']
        : ['Le CPF ne paie aucun moyen de ce parcours tel qu’il est décrit.'];
    }
  }
}

/** « Mon projet »: her route made a plan to act on, printed, exported for HR, or kept as a file. */
export function ProjectView({ roles, skills, state, navigate }: Props) {
  // Read again at each new view state: reopening a file navigates, so it is read back here.
  const project = useMemo(() => storedProject(state), [state]);
  const [pseudonym, setPseudonym] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const current = roles.find((r) => r.id === project?.currentRoleId);
  const target = roles.find((r) => r.id === project?.targetRoleId);
  const request =
    project && current
      ? routesRequest(state, {
          currentRoleId: current.id,
          ...(Object.keys(project.levels).length > 0 && {
            skills: profileSkills(project.levels, project.evidence),
          }),
          ...(project.serviceYears !== null && { serviceYears: project.serviceYears }),
        })
      : null;
  const routes = useAsync(request, loadRoutes);
  const route = routes.state.status === 'ready' ? routes.state.data[0] : undefined;
  const credits = useAsync(
    request && route ? { variables: request, roleIds: route.steps.map((s) => s.to.id) } : null,
    loadRouteCertifications,
  );
  const skillLabel = (id: string) => skills.find((s) => s.id === id)?.label ?? id;

  const reopen = async (file: File) => {
    const read = readProjectJson(await file.text());
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    const { project: p } = read;
    saveProfile({ roleId: p.currentRoleId, levels: p.levels, evidence: p.evidence });
    saveServiceYears(p.serviceYears);
    navigate({ from: p.currentRoleId, to: p.targetRoleId });
  };

  return (
    <section class="project" aria-labelledby="project-title">
      <h2 id="project-title">Mon projet</h2>
      <p class="hint">
        Votre projet reste dans ce navigateur et dans les fichiers que vous enregistrez : rien n’est
        enregistré sur le serveur.
      </p>
      <div class="toolbar project-files">
        <label for="project-reopen">Rouvrir un projet enregistré (.json)</label>
        <input
          id="project-reopen"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void reopen(file);
          }}
        />
        {problem && (
          <p class="field-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      {!project || !current || !target ? (
        <p>
          Choisissez d’abord votre métier actuel et le métier visé dans{' '}
          <a
            href="?view=parcours"
            onClick={(e) => {
              e.preventDefault();
              navigate({ view: 'parcours' });
            }}
          >
            Mon parcours
          </a>
          , ou rouvrez un projet enregistré.
        </p>
      ) : (
        <>
          <div class="toolbar">
            <button
              type="button"
              onClick={() => {
                window.print();
              }}
            >
              Imprimer (A4)
            </button>
            <button
              type="button"
              onClick={() => {
                download(
                  'mon-projet.json',
                  new Blob([projectJson(project)], { type: 'application/json' }),
                );
              }}
            >
              Enregistrer mon projet (.json)
            </button>
            <label for="project-pseudonym">Mon identifiant pour les RH (jamais mon nom)</label>
            <input
              id="project-pseudonym"
              value={pseudonym}
              autoComplete="off"
              onInput={(e) => {
                setPseudonym(e.currentTarget.value);
              }}
            />
            <button
              type="button"
              disabled={pseudonym.trim() === '' || !route}
              onClick={() => {
                if (!route) return;
                const summary = [
                  ['Mon projet', `${current.title} → ${target.title}`],
                  ['Durée estimée', formatMonths(route.estimatedMonths)],
                  ...ENTRETIEN_SECTIONS.flatMap((s) =>
                    entretienLines(s.id, project, route, skillLabel).map((line) => [s.title, line]),
                  ),
                  ['Texte', citeLaw(ENTRETIEN_LAW)],
                ];
                void toXlsx(projectSheets(project, skills, pseudonym.trim(), summary)).then(
                  (blob) => {
                    download('mon-projet-rh.xlsx', blob);
                  },
                );
              }}
            >
              Exporter pour les RH (.xlsx)
            </button>
          </div>

          <h3>Où j’en suis</h3>
          <p>
            <Sigles text={current.title} />
            {project.serviceYears !== null &&
              ` · ${yearsText(project.serviceYears)} an${project.serviceYears >= 2 ? 's' : ''} de service public`}
          </p>
          <h3>Mon objectif</h3>
          <p>
            <Sigles text={target.title} />
          </p>
          {routes.state.status === 'loading' && <Loading label="Calcul du parcours…" />}
          {routes.state.status === 'error' && (
            <ErrorState error={routes.state.error} retry={routes.retry} />
          )}
          {routes.state.status === 'ready' && !route && (
            <p>Aucun passage documenté ne mène à ce métier depuis le vôtre.</p>
          )}
          {route && (
            <>
              <section class="entretien" aria-labelledby="entretien-title">
                <h3 id="entretien-title">Pour mon entretien professionnel</h3>
                {ENTRETIEN_SECTIONS.map((s) => (
                  <div key={s.id} class="entretien-section">
                    <h4>{s.title}</h4>
                    <ul>
                      {entretienLines(s.id, project, route, skillLabel).map((line, i) => (
                        <li key={i}>
                          <Sigles text={line} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
                <p class="source">
                  Rubriques de l’entretien : {citeLaw(ENTRETIEN_LAW)}. {ENTRETIEN_REVIEW_NOTE}
                </p>
              </section>
              <RouteDetails
                route={route}
                index={0}
                certifications={
                  credits.state.status === 'ready' ? credits.state.data?.get(route.id) : undefined
                }
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
