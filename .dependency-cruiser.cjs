/** Layer rules of docs/architecture.md, checked by `npm run deps:check` (part of `npm run check`). */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core imports only core: no I/O, no packages, no other layer',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/' },
    },
    {
      name: 'contracts-are-leaf',
      comment: 'contracts import only contracts, core and zod',
      severity: 'error',
      from: { path: '^src/contracts/' },
      to: { pathNot: ['^src/contracts/', '^src/core/', 'node_modules/zod/'] },
    },
    {
      name: 'web-stays-in-the-browser',
      comment: 'web never imports storage, server, use-cases, cli or reports',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(storage|server|use-cases|cli|reports)/' },
    },
    {
      name: 'server-goes-through-use-cases',
      comment: 'server never imports storage directly',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/storage/' },
    },
    {
      name: 'storage-is-below-use-cases',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: '^src/(use-cases|server|web|cli|reports)/' },
    },
    {
      name: 'migrations-are-frozen',
      comment:
        'migrations never import application code (Node built-ins such as node:crypto are frozen enough)',
      severity: 'error',
      from: { path: '^src/storage/migrations/' },
      to: { pathNot: ['^src/storage/migrations/', 'node_modules/'], dependencyTypesNot: ['core'] },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
