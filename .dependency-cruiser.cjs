/**
 * The layer rules of docs/architecture.md, checked by `npm run lint:deps` (and so in CI). Layers
 * point one way: a module imports only from its own layer or the layers below it, never a cycle.
 *
 *   entry points     src/cli/ src/api/ src/node.ts src/demo/
 *   capabilities     src/records/ and every other folder not named below (investigation/, citizens/, …)
 *   shared services  src/search/ src/sync/ src/documents/ src/operations/
 *   events           src/events/ (the event catalogue)
 *   access           src/access/
 *   directory        src/directory/
 *   storage          src/storage/ (migrations: frozen, see below)
 *   config           src/config.ts
 *   domain           src/domain/ (pure: no I/O)
 *   bottom           src/util/ src/errors.ts
 */

/** Lowest first. `paths` are regular expressions on the path from the repository root. */
const LAYERS = [
  { name: 'util', paths: ['^src/util/', '^src/errors\\.ts$'] },
  { name: 'domain', paths: ['^src/domain/'] },
  { name: 'config', paths: ['^src/config\\.ts$'] },
  { name: 'storage', paths: ['^src/storage/'] },
  { name: 'directory', paths: ['^src/directory/'] },
  { name: 'access', paths: ['^src/access/'] },
  { name: 'events', paths: ['^src/events/'] },
  { name: 'shared services', paths: ['^src/search/', '^src/sync/', '^src/documents/', '^src/operations/'] },
  // Every folder of src/ not named in another layer is a capability.
  { name: 'capabilities', paths: null },
  { name: 'entry points', paths: ['^src/cli/', '^src/api/', '^src/node\\.ts$', '^src/demo/'] },
];

const named = LAYERS.flatMap((l) => l.paths ?? []);
const CAPABILITY = LAYERS.findIndex((l) => l.paths === null);

/** The `from`/`to` restriction that matches a layer. */
function match(layer) {
  return layer.paths === null ? { path: '^src/', pathNot: named } : { path: layer.paths };
}

/** One rule per layer: nothing of a layer above it. */
const layerRules = LAYERS.slice(0, -1).map((layer, i) => {
  const above = LAYERS.slice(i + 1);
  return {
    name: `layer-${layer.name.replace(/ /g, '-')}`,
    severity: 'error',
    comment: `${layer.name} may not import ${above.map((l) => l.name).join(', ')}: layers point down (docs/architecture.md)`,
    from: match(layer),
    // Below the capabilities, "above" is anything of src/ that is not this layer or one under it
    // (so a new capability folder is above them without being listed).
    to: i < CAPABILITY ? { path: '^src/', pathNot: LAYERS.slice(0, i + 1).flatMap((l) => l.paths) } : { path: above.flatMap((l) => l.paths) },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'events-catalogue',
      severity: 'error',
      comment: 'the event catalogue is the contract between nodes of different versions: it must not depend on records, search or sync (docs/architecture.md)',
      from: { path: '^src/events/' },
      to: { path: ['^src/records/', '^src/search/', '^src/sync/'] },
    },
    {
      name: 'domain-pure',
      severity: 'error',
      comment: 'src/domain/ is pure rules and types: it imports only domain/ and util/, and no I/O (node:fs, node:net, a database driver…); reference data is passed in',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^src/util/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'migrations-frozen',
      severity: 'error',
      comment: 'a migration must produce the same database forever: it imports nothing of the application (snapshot what it needs into src/storage/migrations/), only the Engine type of storage/db.ts',
      from: { path: '^src/storage/migrations/' },
      to: { path: '^src/', pathNot: ['^src/storage/migrations/', '^src/storage/db\\.ts$'] },
    },
    {
      name: 'migrations-frozen-types-only',
      severity: 'error',
      comment: 'a migration may name the Engine type of storage/db.ts, nothing it runs',
      from: { path: '^src/storage/migrations/' },
      to: { path: '^src/storage/db\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'documents-entry-point',
      severity: 'error',
      comment: 'outside src/documents/, use the documents module through src/documents/index.ts',
      from: { path: '^src/', pathNot: '^src/documents/' },
      to: { path: '^src/documents/', pathNot: '^src/documents/index\\.ts$' },
    },
    {
      name: 'web-shared-modules-only',
      severity: 'error',
      comment:
        'the web app shares only pure modules with the server: src/domain/ (rules and zod schemas), src/api/schemas/, src/search/query-kind.ts; it may take types (import type, erased from the bundle) from the request and answer schemas of src/search/ and src/api/',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: ['^src/domain/', '^src/api/schemas/', '^src/search/query-kind\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-types-from-schemas-only',
      severity: 'error',
      comment: 'types the web app takes from the server come from schema modules (the API contract), not from services',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: ['^src/domain/', '^src/api/schemas/', '^src/api/problem\\.ts$', '^src/search/(schemas|person-query|query-kind)\\.ts$'], dependencyTypes: ['type-only'] },
    },
    {
      name: 'web-no-node',
      severity: 'error',
      comment: 'nothing the web app imports may reach a Node.js built-in module',
      from: { path: '^web/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'no cycles between files: move the shared part down (a type into its schema module, a rule into domain/)',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'no cycles between folders: a folder and the folders it imports form a tree (docs/architecture.md)',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'an import that resolves to nothing',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `import type` counts: a type-only import still ties a layer to the one it names.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: {
      dot: { collapsePattern: '^(src/[^/]+|web/src|node_modules/[^/]+)' },
      archi: { collapsePattern: '^(src/[^/]+|web/src|node_modules/[^/]+)' },
    },
  },
};
