import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

// Node's built-in modules, bare and with the node: prefix.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeImport = { group: ['node:*'], message: 'Node APIs belong in electron/ or db/, not here.' };

/** The layer arrows: renderer → shared ← electron → db. */
const boundaries = {
  renderer: {
    paths: [
      ...nodeBuiltins.map((name) => ({ name, message: 'The renderer talks to main only through window.api.' })),
      { name: 'electron', message: 'The renderer talks to main only through window.api.' },
      { name: 'better-sqlite3', message: 'No SQL in the renderer: call window.api.' },
    ],
    patterns: [
      nodeImport,
      { group: ['**/db', '**/db/**'], message: 'No database access in the renderer: call window.api.' },
      { group: ['**/electron/**'], message: 'The renderer may not import main-process code.' },
    ],
  },
  shared: {
    paths: [
      ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node APIs.' })),
      { name: 'electron', message: 'shared/ is pure TypeScript.' },
      { name: 'better-sqlite3', message: 'shared/ is pure TypeScript.' },
      { name: 'react', message: 'shared/ has no UI.' },
    ],
    patterns: [
      nodeImport,
      { group: ['**/db', '**/db/**', '**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing else in the app.' },
    ],
  },
  db: {
    paths: [{ name: 'electron', message: 'db/ must run in plain Node (tests, CLI).' }],
    patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'db/ depends only on shared/.' }],
  },
  electron: {
    paths: [],
    patterns: [{ group: ['**/renderer/**'], message: 'Main talks to the renderer only through the IPC contract.' }],
  },
};

const forbiddenGlobalsInShared = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'process',
  'Buffer',
  'require',
  '__dirname',
  'fetch',
  'setImmediate',
].map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node or DOM globals.' }));

const noMathRandom = {
  selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
  message: 'Use the seeded generator (shared/domain/sampling) or node:crypto.',
};

// A migration is frozen literal SQL: a value imported from shared/ or interpolated into it would rewrite history.
const frozenMigration = 'A released migration is literal SQL: write the values out; a schema change is a new migration.';
const frozenMigrationSyntax = [
  {
    selector:
      "ImportDeclaration[importKind='value'] > :matches(ImportSpecifier[importKind='value'], ImportDefaultSpecifier, ImportNamespaceSpecifier)",
    message: frozenMigration,
  },
  { selector: "ImportDeclaration[importKind='value'][specifiers.length=0]", message: frozenMigration },
  { selector: 'TemplateLiteral[expressions.length>0]', message: frozenMigration },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.native/**',
      'test-results/**',
      'build/fonts/**',
      '.dev-data/**',
      'coverage/**',
      '.scratch*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      'no-restricted-syntax': ['error', noMathRandom],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', boundaries.renderer] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.shared], 'no-restricted-globals': ['error', ...forbiddenGlobalsInShared] },
  },
  { files: ['db/**/*.ts'], languageOptions: { globals: globals.node }, rules: { 'no-restricted-imports': ['error', boundaries.db] } },
  { files: ['db/migrations/[0-9][0-9][0-9][0-9]-*.ts'], rules: { 'no-restricted-syntax': ['error', noMathRandom, ...frozenMigrationSyntax] } },
  { files: ['electron/**/*.ts'], languageOptions: { globals: globals.node }, rules: { 'no-restricted-imports': ['error', boundaries.electron] } },
  {
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.mjs', 'build/**/*.{js,cjs}', '*.config.{js,ts}', 'test/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['build/**/*.cjs', 'test/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['test/harness/bridge-client.ts'], languageOptions: { globals: globals.browser } },
  {
    // Type-aware rules that pay for their time: a promise nobody awaits loses its error; a switch that misses a new
    // member of a union silently does nothing for it.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
);
