/**
 * The parts of the API the web app reads, named for the views. Every type here is derived from
 * operations.generated.ts (npm run codegen, from the SDL and operations.graphql): a
 * change of the API that breaks a view is a compile error.
 */
import type {
  DraftCoverageQuery,
  DraftDiffQuery,
  DraftHistoryQuery,
  DraftsQuery,
  DraftVersionFieldsFragment,
  MeQuery,
  CareerRoutesQuery,
  ExplorerEdgeFieldsFragment,
  ExplorerNodeFieldsFragment,
  DiagnosticModelQuery,
  DiagnosticQuery,
  GraphOverviewQuery,
  GapFieldsFragment,
  ReachableRolesQuery,
  RolesQuery,
  SkillFieldsFragment,
  TeamGapQuery,
  TrainingQuery,
  ProfessionQuery,
  RomeReleaseQuery,
  RomeTargetsQuery,
  RomeDiplomasQuery,
  StatementFieldsFragment,
  PositioningQuery,
  CertificationsQuery,
  RouteCertificationsQuery,
} from './operations.generated.js';

export type {
  AccountRole,
  CoverageTargetInput,
  CoverageTargetKind,
  DraftBlockInput,
  TrainingModality,
  BlockKind,
  ConditionKind,
  Coverage,
  Level,
  MoveDistance,
  MoveKind,
  MeansKind,
  LevelEvidence,
  FundingStatus,
  PathFamily,
  ProfileInput,
  ReachableOrder,
  Readiness,
  TargetInput,
  TeamMemberInput,
  RoleKind,
  Sector,
  SkillKind,
  Stance,
  FigureUnit,
} from './operations.generated.js';

export type Skill = SkillFieldsFragment;
export type RoleSummary = RolesQuery['roles'][number];
export type SkillGap = GapFieldsFragment;
export type MissingSkill = SkillGap['missing'][number];
export type CareerRoute = CareerRoutesQuery['careerRoutes'][number];
export type RouteStep = CareerRoute['steps'][number];
export type Condition = RouteStep['conditions'][number];
export type StepMeans = RouteStep['means'][number];
export type Funding = RouteStep['funding'][number];
export type RoleMatch = ReachableRolesQuery['reachable']['matches'][number];
export type ExplorerNode = ExplorerNodeFieldsFragment;
export type ExplorerEdge = ExplorerEdgeFieldsFragment;
export type GraphOverview = GraphOverviewQuery['graphOverview'];
export type Property = ExplorerNode['properties'][number];
export type TrainingBlock = TrainingQuery['trainingBlocks'][number];
export type FamilyCoverage = TrainingQuery['trainingCoverage'][number];
export type TeamGap = TeamGapQuery['teamGap'];
export type TeamMemberResult = TeamGap['members'][number];

export type Viewer = NonNullable<MeQuery['me']>;
export type DraftSummary = DraftsQuery['drafts'][number];
export type DraftVersion = DraftVersionFieldsFragment;
export type DraftBlock = DraftVersion['blocks'][number];
export type DraftItem = DraftBlock['items'][number];
export type DraftSkill = DraftItem['skills'][number];
export type DraftCoverage = DraftCoverageQuery['draftCoverage'];
export type DraftChange = DraftDiffQuery['draftDiff'][number];
export type DraftHistoryEntry = DraftHistoryQuery['draftHistory'][number];
export type TensionAxis = DiagnosticModelQuery['tensionAxes'][number];
export type DiagnosticResult = DiagnosticQuery['diagnostic'];
export type Profession = ProfessionQuery;
export type RomeRelease = NonNullable<RomeReleaseQuery['romeRelease']>;
export type RomeTarget = RomeTargetsQuery['romeTargets'][number];
export type Diploma = RomeDiplomasQuery['romeDiplomas'][number];
export type JobSheet = NonNullable<ProfessionQuery['jobSheet']>;
export type WorkforceFigure = ProfessionQuery['workforce'][number];
export type Statement = StatementFieldsFragment;
export type ScenarioDetails = ProfessionQuery['scenarios'][number];
export type PositioningItem = PositioningQuery['positioning'][number];
export type PositioningStatement = PositioningItem['statements'][number];
export type Certification = CertificationsQuery['certifications'][number];
export type StepCertification =
  RouteCertificationsQuery['careerRoutes'][number]['steps'][number]['certifications'] extends
    readonly (infer C)[] | null | undefined
    ? C
    : never;
export type PublicationProblem = DraftVersion['publicationProblems'][number];
