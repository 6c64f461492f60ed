/**
 * The one-way rule (ARCHITECTURE.md): schema → seeds (the pure dataset pipeline) → server → web,
 * with the launcher below the server; inside the server, http → graphql → modules → domain, each
 * module (server/modules/<concept>/) keeping its repositories to itself, and repositories → neo4j. bench and tests may import anything but tests/support stays
 * theirs; what both use (a server child process, Chromium) lives in scripts/, which imports neither.
 * `npm run lint` runs this check: a back-edge fails CI.
 */
/** Unit tests sit beside the code; like all tests they may import the test support. */
const TESTS = '\\.test\\.tsx?$';

const forbid = (name, from, to, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: TESTS },
  to: { path: to, dependencyTypesNot: ['type-only'] },
});
const forbidTypes = (name, from, to, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: TESTS },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules import each other in one direction only.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    forbidTypes(
      'schema-is-the-bottom',
      '^schema/',
      '^(seeds|server|web|neo4j-launcher|bench|tests|scripts)/',
      'The data model and the API contract depend on nothing of ours.',
    ),
    forbidTypes(
      'seeds-below-server',
      '^seeds/',
      '^(server|web|neo4j-launcher|bench|tests)/',
      'The dataset pipeline is pure: the server uses it, not the reverse.',
    ),
    forbidTypes(
      'launcher-below-server',
      '^neo4j-launcher/',
      '^(server|seeds|web|bench|tests)/',
      'The server uses the launcher through neo4j-launcher/index.ts; the launcher knows nothing of it.',
    ),
    forbidTypes(
      'server-below-web',
      '^server/',
      '^(web|bench|tests)/',
      'The server never imports the web app, the benchmarks or the tests.',
    ),
    forbidTypes(
      'web-on-its-own',
      '^web/',
      '^(server|seeds|neo4j-launcher|bench|tests)/',
      'The web app speaks to the server over HTTP only (its types come from the SDL).',
    ),
    forbidTypes(
      'tests-support-is-for-tests',
      '^(schema|seeds|server|web|neo4j-launcher|bench|scripts)/',
      '^tests/',
      'Product code and benchmarks never import the tests.',
    ),
    forbidTypes(
      'scripts-below-bench-and-tests',
      '^scripts/',
      '^(bench|tests)/',
      'scripts/ holds what the benchmarks and the tests share; it imports neither.',
    ),
    forbidTypes(
      'tests-apart-from-bench',
      '^tests/',
      '^bench/',
      'Tests do not depend on the benchmarks (shared helpers live in scripts/).',
    ),
    forbidTypes(
      'web-api-at-the-bottom',
      '^web/src/api/',
      '^web/src/(model|state|components|views)/',
      'The web client and its generated types know nothing of the app above them.',
    ),
    forbidTypes(
      'web-model-is-pure',
      '^web/src/model/',
      '^web/src/(state|components|views)/',
      'View models are pure functions over API data: no storage, no components, no views.',
    ),
    forbidTypes(
      'web-state-below-views',
      '^web/src/state/',
      '^web/src/(components|views)/',
      'What the browser keeps (URL, storage) is read and written without knowing the screens.',
    ),
    forbidTypes(
      'web-components-below-views',
      '^web/src/components/',
      '^web/src/views/',
      'Widgets are used by views, never the reverse.',
    ),
    forbid(
      'launcher-through-its-interface',
      '^server/',
      '^neo4j-launcher/(?!index\\.ts$)',
      'The server uses neo4j-launcher/index.ts only.',
    ),
    forbid(
      'domain-is-pure',
      '^server/domain/',
      '^server/(modules|graphql|http|neo4j|cli)/',
      'server/domain holds the pure algorithms several modules share: functions over records.',
    ),
    forbid(
      'modules-below-the-edge',
      '^server/modules/[^/]+/(?![^/]*-(resolvers|arguments)\\.ts$)',
      '^server/(graphql|http|cli)/',
      'A module’s services, repositories and logic do not know about GraphQL, HTTP or the CLI.',
    ),
    {
      name: 'repositories-stay-in-their-module',
      comment:
        'A module reads and writes its own data; another module goes through its service, never its repository.',
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/', pathNot: TESTS },
      to: { path: '^server/modules/[^/]+/[^/]+-repository\\.ts$', pathNot: '^server/modules/$1/' },
    },
    forbid(
      'resolvers-through-services',
      '^server/graphql/|-resolvers\\.ts$',
      '-repository\\.ts$|^server/neo4j/',
      'Resolvers are thin: they call services, which call repositories.',
    ),
    forbid(
      'module-logic-is-pure',
      '^server/modules/[^/]+/(?![^/]*-(repository|service|resolvers)\\.ts$)',
      '^server/neo4j/|-(repository|service)\\.ts$',
      'A module’s own logic (anything but *-repository, *-service, *-resolvers) is pure functions.',
    ),
    forbid(
      'cypher-in-repositories',
      '^server/(domain|modules|graphql|http)/(?!.*-repository\\.ts$)',
      'neo4j-driver',
      'Cypher and the driver live in the modules’ *-repository.ts files and server/neo4j only.',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-bench|\\.neo4j)/|\\.generated\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
