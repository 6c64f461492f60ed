import DOCUMENT from './operations.graphql?raw';
import type {
  AcronymsQuery,
  AcronymsQueryVariables,
  AllSkillsQuery,
  AllSkillsQueryVariables,
  CreateDraftMutation,
  CreateDraftMutationVariables,
  DeleteDraftMutation,
  DeleteDraftMutationVariables,
  DraftCoverageQuery,
  DraftCoverageQueryVariables,
  DraftDiffQuery,
  DraftDiffQueryVariables,
  DraftHistoryQuery,
  DraftHistoryQueryVariables,
  DraftQuery,
  DraftQueryVariables,
  DraftsQuery,
  DraftsQueryVariables,
  MeQuery,
  MeQueryVariables,
  RestoreDraftVersionMutation,
  RestoreDraftVersionMutationVariables,
  SaveDraftMutation,
  SaveDraftMutationVariables,
  SignInMutation,
  SignInMutationVariables,
  SignOutMutation,
  SignOutMutationVariables,
  CareerRoutesQuery,
  CareerRoutesQueryVariables,
  DiagnosticModelQuery,
  DiagnosticModelQueryVariables,
  DiagnosticQuery,
  DiagnosticQueryVariables,
  GraphOverviewQuery,
  ScenarioListQuery,
  ScenarioListQueryVariables,
  LevelsQuery,
  LevelsQueryVariables,
  EvidenceQuery,
  EvidenceQueryVariables,
  ProfessionQuery,
  ProfessionQueryVariables,
  RomeReleaseQuery,
  RomeTargetsQuery,
  RomeTargetsQueryVariables,
  PositioningQuery,
  CertificationsQuery,
  TeamCertificationsQuery,
  TeamCertificationsQueryVariables,
  CertificationsQueryVariables,
  PublishDraftMutation,
  PublishDraftMutationVariables,
  RouteCertificationsQuery,
  RouteCertificationsQueryVariables,
  PositioningQueryVariables,
  RomeDiplomasQuery,
  RomeDiplomasQueryVariables,
  RomeReleaseQueryVariables,
  GraphOverviewQueryVariables,
  NeighbourhoodQuery,
  NeighbourhoodQueryVariables,
  PathBetweenQuery,
  PathBetweenQueryVariables,
  FutureProfilesQuery,
  FutureProfilesQueryVariables,
  ReachableRolesQuery,
  ReachableRolesQueryVariables,
  RolesQuery,
  RolesQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  TeamGapQuery,
  TeamGapQueryVariables,
  TrainingQuery,
  TrainingQueryVariables,
} from './operations.generated.js';

/**
 * An operation of operations.graphql: its name, and (for the compiler only) the types of its
 * answer and variables, so that `graphql(ROLES, …)` is typed end to end.
 */
export interface Operation<TData, TVariables> {
  readonly document: string;
  readonly name: string;
  readonly types?: { data: TData; variables: TVariables };
}

const operation = <TData, TVariables>(name: string): Operation<TData, TVariables> => ({
  document: DOCUMENT,
  name,
});

export const ROLES = operation<RolesQuery, RolesQueryVariables>('Roles');
export const CAREER_ROUTES = operation<CareerRoutesQuery, CareerRoutesQueryVariables>(
  'CareerRoutes',
);
export const REACHABLE_ROLES = operation<ReachableRolesQuery, ReachableRolesQueryVariables>(
  'ReachableRoles',
);
export const NEIGHBOURHOOD = operation<NeighbourhoodQuery, NeighbourhoodQueryVariables>(
  'Neighbourhood',
);
export const PATH_BETWEEN = operation<PathBetweenQuery, PathBetweenQueryVariables>('PathBetween');
export const GRAPH_OVERVIEW = operation<GraphOverviewQuery, GraphOverviewQueryVariables>(
  'GraphOverview',
);
export const SEARCH = operation<SearchQuery, SearchQueryVariables>('Search');
export const TRAINING = operation<TrainingQuery, TrainingQueryVariables>('Training');
export const FUTURE_PROFILES = operation<FutureProfilesQuery, FutureProfilesQueryVariables>(
  'FutureProfiles',
);
export const TEAM_GAP = operation<TeamGapQuery, TeamGapQueryVariables>('TeamGap');

// The designers' workbench.
export const ME = operation<MeQuery, MeQueryVariables>('Me');
export const SIGN_IN = operation<SignInMutation, SignInMutationVariables>('SignIn');
export const SIGN_OUT = operation<SignOutMutation, SignOutMutationVariables>('SignOut');
export const ALL_SKILLS = operation<AllSkillsQuery, AllSkillsQueryVariables>('AllSkills');
export const DRAFTS = operation<DraftsQuery, DraftsQueryVariables>('Drafts');
export const DRAFT = operation<DraftQuery, DraftQueryVariables>('Draft');
export const DRAFT_HISTORY = operation<DraftHistoryQuery, DraftHistoryQueryVariables>(
  'DraftHistory',
);
export const DRAFT_DIFF = operation<DraftDiffQuery, DraftDiffQueryVariables>('DraftDiff');
export const DRAFT_COVERAGE = operation<DraftCoverageQuery, DraftCoverageQueryVariables>(
  'DraftCoverage',
);
export const CREATE_DRAFT = operation<CreateDraftMutation, CreateDraftMutationVariables>(
  'CreateDraft',
);
export const SAVE_DRAFT = operation<SaveDraftMutation, SaveDraftMutationVariables>('SaveDraft');
export const RESTORE_DRAFT_VERSION = operation<
  RestoreDraftVersionMutation,
  RestoreDraftVersionMutationVariables
>('RestoreDraftVersion');
export const DELETE_DRAFT = operation<DeleteDraftMutation, DeleteDraftMutationVariables>(
  'DeleteDraft',
);
export const LEVELS = operation<LevelsQuery, LevelsQueryVariables>('Levels');
export const ACRONYMS = operation<AcronymsQuery, AcronymsQueryVariables>('Acronyms');
export const DIAGNOSTIC_MODEL = operation<DiagnosticModelQuery, DiagnosticModelQueryVariables>(
  'DiagnosticModel',
);
export const DIAGNOSTIC = operation<DiagnosticQuery, DiagnosticQueryVariables>('Diagnostic');
export const PROFESSION = operation<ProfessionQuery, ProfessionQueryVariables>('Profession');
export const ROME_RELEASE = operation<RomeReleaseQuery, RomeReleaseQueryVariables>('RomeRelease');
export const ROME_TARGETS = operation<RomeTargetsQuery, RomeTargetsQueryVariables>('RomeTargets');
export const ROME_DIPLOMAS = operation<RomeDiplomasQuery, RomeDiplomasQueryVariables>(
  'RomeDiplomas',
);
export const EVIDENCE = operation<EvidenceQuery, EvidenceQueryVariables>('Evidence');
export const SCENARIO_LIST = operation<ScenarioListQuery, ScenarioListQueryVariables>(
  'ScenarioList',
);
export const POSITIONING = operation<PositioningQuery, PositioningQueryVariables>('Positioning');
export const CERTIFICATIONS = operation<CertificationsQuery, CertificationsQueryVariables>(
  'Certifications',
);
export const PUBLISH_DRAFT = operation<PublishDraftMutation, PublishDraftMutationVariables>(
  'PublishDraft',
);
export const ROUTE_CERTIFICATIONS = operation<
  RouteCertificationsQuery,
  RouteCertificationsQueryVariables
>('RouteCertifications');
export const TEAM_CERTIFICATIONS = operation<
  TeamCertificationsQuery,
  TeamCertificationsQueryVariables
>('TeamCertifications');
