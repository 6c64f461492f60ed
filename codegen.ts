import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The SDL is the one contract (server/graphql/base.graphql and each module's
 * server/modules/<concept>/<concept>.graphql): the TypeScript types of the API are generated from it
 * (npm run codegen), for the server's resolver arguments and for every web operation.
 * `npm run codegen:check` (in npm run lint) fails when a generated file is stale.
 */
const shared = {
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
  skipTypename: true,
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  scalars: { ID: 'string' },
};

const domain = (file: string, type: string) => `../domain/${file}.js#${type}`;
const mod = (file: string, type: string) => `../modules/${file}.js#${type}`;

/** GraphQL type → the record that stands for it on the server (paths from server/graphql/). */
const resolverMappers: Record<string, string> = {
  Role: domain('records', 'RoleRecord'),
  Skill: domain('records', 'SkillRecord'),
  Requirement: domain('records', 'RequirementRecord'),
  Condition: domain('records', 'ConditionRecord'),
  Move: domain('records', 'MoveRecord'),
  LevelDefinition: domain('records', 'LevelRecord'),
  Acronym: domain('records', 'AcronymRecord'),
  TrainingBlock: domain('records', 'TrainingBlockRecord'),
  TrainingItem: domain('records', 'TrainingItemRecord'),
  DevelopedSkill: domain('records', 'DevelopsRecord'),
  FutureProfile: domain('records', 'FutureProfileRecord'),
  TensionAxis: domain('records', 'TensionAxisRecord'),
  DiagnosticItem: domain('records', 'DiagnosticItemRecord'),
  Scenario: domain('records', 'ScenarioRecord'),
  Statement: domain('records', 'StatementRecord'),
  WorkforceFigure: domain('records', 'WorkforceFigureRecord'),
  TrainingIdea: domain('records', 'TrainingIdeaRecord'),
  Diploma: domain('records', 'DiplomaRecord'),
  SkillGap: domain('gap', 'SkillGapResult'),
  MissingSkill: domain('gap', 'MissingSkill'),
  BlockRecommendation: domain('gap', 'GapBlock'),
  TrainingOffer: domain('coverage', 'TrainingOffer'),
  CareerRoute: domain('route-planner', 'Route'),
  RouteStep: domain('route-planner', 'RouteStep'),
  StepCosting: domain('route-planner', 'StepCosting'),
  StepMeans: domain('step-means', 'StepMeansRecord'),
  Funding: domain('funding', 'FundingRecord'),
  FundingScheme: '../../schema/funding.js#FundingScheme',
  RoleMatch: domain('reachable', 'RoleMatchResult'),
  FamilyCoverage: domain('family-coverage', 'FamilyCoverage'),
  UncoveredRequirement: domain('family-coverage', 'UncoveredRequirement'),
  TeamGap: mod('team/team-gap', 'TeamGapResult'),
  TeamCertificationPlan: mod('team/team-certifications', 'TeamCertificationPlan'),
  TeamBlocPlan: mod('team/team-certifications', 'TeamBlocPlan'),
  TeamDiplomaPlan: mod('team/team-certifications', 'TeamDiplomaPlan'),
  TeamMemberGap: mod('team/team-gap', 'MemberGap'),
  TrainingNeed: mod('team/team-gap', 'TrainingNeed'),
  SkillNeed: mod('team/team-gap', 'SkillNeed'),
  Viewer: mod('auth/auth-service', 'Viewer'),
  Draft: mod('drafts/draft-repository', 'DraftSummary'),
  DraftVersion: mod('drafts/draft-repository', 'DraftVersionRecord'),
  DraftBlock: mod('drafts/draft-content', 'NumberedBlock'),
  DraftItem: '../../schema/workbench.js#DraftItem',
  DraftSkill: '../../schema/workbench.js#DraftSkill',
  DraftChange: mod('drafts/draft-diff', 'DraftChange'),
  DraftCoverage: mod('drafts/draft-coverage', 'DraftCoverageResult'),
  DraftSkillCoverage: mod('drafts/draft-coverage', 'SkillCoverage'),
  CoveringItem: mod('drafts/draft-coverage', 'CoveringItem'),
  CoverageTotals: mod('drafts/draft-coverage', 'CoverageTotals'),
  DraftBlockService: mod('drafts/draft-coverage', 'BlockService'),
  ServedRole: mod('drafts/draft-coverage', 'ServedRole'),
  TypicalProfileCredit: mod('drafts/draft-coverage', 'TypicalProfileCredit'),
  JobSheet: mod('profession/job-sheet-repository', 'JobSheetRecord'),
  Activity: mod('profession/job-sheet-repository', 'ActivityRecord'),
  Evidence: mod('profession/evidence', 'Evidence'),
  PositioningItem: mod('profession/positioning', 'PositioningItem'),
  Certification: domain('bloc-credit', 'PublishedCertification'),
  PublicationProblem: mod('drafts/publication-check', 'PublicationProblem'),
  CertificationCredit: domain('bloc-credit', 'CertificationCredit'),
  BlocCredit: domain('bloc-credit', 'BlocCredit'),
  BlocSkillCredit: domain('bloc-credit', 'BlocSkillCredit'),
  DiplomaCredit: domain('diploma-credit', 'DiplomaCredit'),
  PositioningStatement: '../../schema/positioning.js#PositioningStatement',
  ScenarioPosition: domain('records', 'ScenarioPositionRecord'),
  ScenarioSuits: domain('records', 'ScenarioSuitsRecord'),
  RoleOutlook: domain('records', 'RoleOutlookRecord'),
  AxisScore: mod('diagnostic/diagnostic', 'AxisScore'),
  AxisDifference: mod('diagnostic/diagnostic', 'AxisDifference'),
  ScenarioDistance: mod('diagnostic/diagnostic', 'ScenarioDistance'),
  ItemToWork: mod('diagnostic/diagnostic', 'ItemToWork'),
  Diagnostic: mod('diagnostic/diagnostic-service', 'DiagnosticAnswer'),
  Advice: mod('diagnostic/diagnostic-service', 'Advice'),
  ProfileAdvice: mod('diagnostic/diagnostic-service', 'ProfileAdvice'),
  SkillAdvice: mod('diagnostic/diagnostic-service', 'SkillAdvice'),
  TrainingAdvice: mod('diagnostic/diagnostic-service', 'TrainingAdvice'),
  ExplorerNode: mod('explorer/explorer-repository', 'ExplorerNode'),
  ExplorerEdge: mod('explorer/explorer-repository', 'ExplorerEdge'),
};

const config: CodegenConfig = {
  schema: ['server/graphql/base.graphql', 'server/modules/*/*.graphql'],
  generates: {
    'server/graphql/api-types.generated.ts': {
      plugins: [
        {
          add: {
            content:
              '/* Generated by npm run codegen from the SDL: server/graphql/base.graphql and server/modules/<concept>/<concept>.graphql. */',
          },
        },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        ...shared,
        contextType: './context.js#ApiContext',
        // The parent of each field is the domain record the services return: a resolver that
        // returns another shape, or reads a field the record lacks, does not compile.
        mappers: resolverMappers,
        mapperTypeSuffix: 'Model',
        immutableTypes: true,
        useIndexSignature: false,
        optionalResolveType: true,
      },
    },
    // The enums no operation selects, the error codes among them.
    'web/src/api/enums.generated.ts': {
      plugins: [
        {
          add: {
            content:
              '/* Generated by npm run codegen from the SDL: server/graphql/base.graphql and server/modules/<concept>/<concept>.graphql. */',
          },
        },
        'typescript',
      ],
      config: { ...shared, onlyEnums: true },
    },
    'web/src/api/operations.generated.ts': {
      documents: 'web/src/api/operations.graphql',
      plugins: [
        {
          add: {
            content: '/* Generated by npm run codegen from the SDL and operations.graphql. */',
          },
        },
        'typescript-operations',
      ],
      config: { ...shared, preResolveTypes: true },
    },
  },
};

export default config;
