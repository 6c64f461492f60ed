/** The GraphQL operations of the web app. */

const SKILL = 'id label kind source';
const GAP = `matchPercent cost estimatedMonths
  missing { skill { ${SKILL} } requiredLevel currentLevel requirementSource months coverage
            trainedBy { level block { id title } item { id label } } }
  uncoveredSkills { ${SKILL} }
  blocks { block { id title } items { id label } }`;

export const ROLES = `query Roles { roles { id title kind family sector source definition
  requirements { level source skill { ${SKILL} } } } }`;

export const CAREER_ROUTES = `query CareerRoutes($profile: ProfileInput!, $targetRoleId: ID!, $families: [PathFamily!]) {
  careerRoutes(profile: $profile, targetRoleId: $targetRoleId, limit: 3, maxSteps: 4, families: $families) {
    id totalCost estimatedMonths
    steps { from { id title family } to { id title family } family kind distance note source
            conditions { id kind label source } gap { ${GAP} } } } }`;

export const REACHABLE_ROLES = `query ReachableRoles($profile: ProfileInput!) {
  reachableRoles(profile: $profile, maxSteps: 2, limit: 20) { role { id title family } steps matchPercent } }`;

export const EXPLORER_GRAPH = `query ExplorerGraph { explorerGraph {
  nodes { key id kind label family source properties { key value } }
  edges { key type from to source properties { key value } } } }`;

export const SEARCH = `query Search($text: String!) { search(text: $text, limit: 20) { key } }`;

export const TRAINING = `query Training {
  trainingBlocks { id title kind summary source items { id label skills { level source skill { ${SKILL} } } } }
  trainingCoverage { family roles { id title } gaps { requiredLevel bestTrainedLevel skill { ${SKILL} } roles { id } } } }`;
