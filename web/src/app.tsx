import { useEffect, useMemo, useState } from 'preact/hooks';
import { graphql } from './api/client.js';
import { ROLES, ROME_RELEASE } from './api/queries.js';
import type { Skill } from './api/types.js';
import { AcronymList, AcronymsProvider, Sigles } from './components/acronyms.js';
import { CopyLink } from './components/copy-link.js';
import { RomeCredit } from './components/rome-credit.js';
import { ErrorState, Loading } from './components/status.js';
import { useAsync } from './components/use-async.js';
import { parseViewState, toSearch, type View, type ViewState } from './state/url-state.js';
import { lazyView } from './components/lazy-view.js';
import { PlannerView } from './views/planner-view.js';

/** Each view's document title: what a tab, a bookmark and a screen reader announce. */
export const VIEW_TITLE: Readonly<Record<View, string>> = {
  parcours: 'Mon parcours',
  positionnement: 'Me positionner',
  projet: 'Mon projet',
  metier: 'Le métier',
  explorer: 'Explorer le graphe',
  blocs: 'Blocs de formation',
  equipe: 'Carte d’équipe (RH)',
  diagnostic: 'Diagnostic (établissement)',
  atelier: 'Atelier de blocs',
  referentiel: 'Référentiel RNCP (atelier)',
};

const TABS: { view: View; label: string }[] = (
  [
    'parcours',
    'positionnement',
    'projet',
    'metier',
    'explorer',
    'blocs',
    'equipe',
    'diagnostic',
    'atelier',
  ] as const
).map((view) => ({ view, label: VIEW_TITLE[view] }));

// The planner is the first screen; every other view is its own chunk, loaded when opened.
const PositioningView = lazyView(
  () => import('./views/positioning-view.js').then((m) => m.PositioningView),
  VIEW_TITLE.positionnement,
);
const ProjectView = lazyView(
  () => import('./views/project-view.js').then((m) => m.ProjectView),
  VIEW_TITLE.projet,
);
const ProfessionView = lazyView(
  () => import('./views/profession/profession-view.js').then((m) => m.ProfessionView),
  VIEW_TITLE.metier,
);
const ExplorerView = lazyView(
  () => import('./views/explorer/explorer-view.js').then((m) => m.ExplorerView),
  VIEW_TITLE.explorer,
);
const BlocksView = lazyView(
  () => import('./views/blocks-view.js').then((m) => m.BlocksView),
  VIEW_TITLE.blocs,
);
const TeamView = lazyView(
  () => import('./views/team-view.js').then((m) => m.TeamView),
  VIEW_TITLE.equipe,
);
const DiagnosticView = lazyView(
  () => import('./views/diagnostic/diagnostic-view.js').then((m) => m.DiagnosticView),
  VIEW_TITLE.diagnostic,
);
const WorkbenchView = lazyView(
  () => import('./views/workbench/workbench-view.js').then((m) => m.WorkbenchView),
  VIEW_TITLE.atelier,
);
const ReferentielView = lazyView(
  () => import('./views/workbench/referentiel-view.js').then((m) => m.ReferentielView),
  VIEW_TITLE.referentiel,
);

/** The URL holds the view, so any screen can be shared, bookmarked or reloaded. */
function useViewState() {
  const [state, setState] = useState<ViewState>(() => parseViewState(location.search));
  useEffect(() => {
    const onPop = () => {
      setState(parseViewState(location.search));
    };
    addEventListener('popstate', onPop);
    return () => {
      removeEventListener('popstate', onPop);
    };
  }, []);
  /** A new view state; `replace` for small steps (a score changed) that need no history entry. */
  const navigate = (patch: Partial<ViewState>, options: { replace?: boolean } = {}) => {
    const next = { ...state, ...patch };
    if (options.replace) history.replaceState(null, '', toSearch(next));
    else history.pushState(null, '', toSearch(next));
    setState(next);
  };
  return { state, navigate };
}

export function App() {
  const { state, navigate } = useViewState();
  useEffect(() => {
    document.title = `${VIEW_TITLE[state.view]} — Passerelles`;
  }, [state.view]);
  const roles = useAsync('roles', (_, signal) => graphql(ROLES, {}, signal).then((d) => d.roles));
  // Whether France Travail's ROME is loaded: asked once, for the footer and the planner.
  const romeRelease = useAsync('rome-release', (_, signal) =>
    graphql(ROME_RELEASE, {}, signal).then((d) => d.romeRelease),
  );
  const rome = romeRelease.state.status === 'ready' ? romeRelease.state.data : null;
  const skills = useMemo(() => {
    if (roles.state.status !== 'ready') return [];
    const all = new Map<string, Skill>();
    for (const role of roles.state.data)
      for (const r of role.requirements) all.set(r.skill.id, r.skill);
    return [...all.values()];
  }, [roles.state]);

  return (
    <AcronymsProvider>
      <a class="skip" href="#main">
        Aller au contenu
      </a>
      <header class="header">
        <h1>
          Passerelles <small>parcours et compétences des secrétaires médicales hospitalières</small>
        </h1>
        <nav aria-label="Vues">
          <ul>
            {TABS.map((tab) => (
              <li key={tab.view}>
                <a
                  href={toSearch({ ...state, view: tab.view, draft: null, version: null })}
                  aria-current={
                    state.view === tab.view ||
                    (tab.view === 'atelier' && state.view === 'referentiel')
                      ? 'page'
                      : undefined
                  }
                  onClick={(e) => {
                    e.preventDefault();
                    navigate({ view: tab.view, draft: null, version: null });
                  }}
                >
                  {tab.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <CopyLink />
      </header>
      <main id="main">
        {state.view === 'parcours' &&
          (roles.state.status === 'error' ? (
            <ErrorState error={roles.state.error} retry={roles.retry} />
          ) : (
            <PlannerView
              rome={rome}
              roles={roles.state.status === 'ready' ? roles.state.data : null}
              skills={skills}
              state={state}
              navigate={navigate}
            />
          ))}
        {state.view === 'positionnement' &&
          (roles.state.status === 'error' ? (
            <ErrorState error={roles.state.error} retry={roles.retry} />
          ) : (
            <PositioningView
              roles={roles.state.status === 'ready' ? roles.state.data : null}
              state={state}
              navigate={navigate}
            />
          ))}
        {state.view === 'projet' &&
          (roles.state.status === 'ready' ? (
            <ProjectView
              roles={roles.state.data}
              skills={skills}
              state={state}
              navigate={navigate}
            />
          ) : roles.state.status === 'error' ? (
            <ErrorState error={roles.state.error} retry={roles.retry} />
          ) : (
            <Loading label="Chargement des métiers…" />
          ))}
        {state.view === 'metier' && <ProfessionView state={state} />}
        {state.view === 'explorer' && <ExplorerView state={state} navigate={navigate} />}
        {state.view === 'blocs' && <BlocksView />}
        {state.view === 'equipe' &&
          (roles.state.status === 'ready' ? (
            <TeamView
              roles={roles.state.data}
              skills={skills}
              initialProfile={
                state.to?.startsWith('profil:') ? state.to.slice('profil:'.length) : null
              }
            />
          ) : roles.state.status === 'error' ? (
            <ErrorState error={roles.state.error} retry={roles.retry} />
          ) : (
            <Loading label="Chargement des métiers…" />
          ))}
        {state.view === 'atelier' &&
          (roles.state.status === 'ready' ? (
            <WorkbenchView roles={roles.state.data} state={state} navigate={navigate} />
          ) : roles.state.status === 'error' ? (
            <ErrorState error={roles.state.error} retry={roles.retry} />
          ) : (
            <Loading label="Chargement des métiers…" />
          ))}
        {state.view === 'referentiel' && <ReferentielView state={state} />}
        {state.view === 'diagnostic' && (
          <DiagnosticView
            state={state}
            navigate={navigate}
            go={(search) => {
              history.pushState(null, '', search);
              dispatchEvent(new PopStateEvent('popstate'));
            }}
          />
        )}
      </main>
      <footer class="footer">
        <p>
          <Sigles
            text={
              'Sources : fiche métier 40L20 du répertoire des métiers de la FPH, étude prospective ' +
              'ANFH Normandie (2024), article sur les formations locales. Chaque fait affiche sa ' +
              'source ou la mention « Déduit » avec sa justification. Vos compétences saisies ' +
              'restent dans ce navigateur.'
            }
          />
        </p>
        <AcronymList />
        <RomeCredit rome={rome} />
      </footer>
    </AcronymsProvider>
  );
}
