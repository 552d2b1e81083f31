// Lint: typescript-eslint's recommended rules, the rules of hooks, and the import boundaries the
// README's architecture section describes, as zones (an import from `from` inside `target` is an error):
//   schema ← vocabulary ← export ← app, and pipeline → schema, vocabulary; the CLI of the export
//   (export-cli) reads the app's pure selection (view/, dataset/) and the export library; the
//   schema imports nothing of ours; the vocabulary only the schema; the export library only those two,
//   and nothing of Node (it runs in the browser); the build step never imports the app or the export;
//   inside the app, one way down: app root → features → view → dataset → helpers;
//   feature folders never import each other. No folder imports one that imports it back
//   (tests/folder-loops.test.ts reads every import to make sure).
import { defineConfig } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = ['build-report', 'details', 'event-list', 'event-table', 'export', 'filters', 'map', 'timeline'];
const APP_ROOT_FILES = './src/app/*.{ts,tsx}';

const NODE_ONLY = ['./src/pipeline/**', './src/vite-plugins/**', './src/export-cli/**'];

const BOUNDARY_ZONES = [
  { target: './src/schema', from: [...NODE_ONLY, './src/app/**', './src/export/**', './src/vocabulary/**'], message: 'The schema is the contract: it imports only zod.' },
  { target: './src/vocabulary', from: [...NODE_ONLY, './src/app/**', './src/export/**'], message: 'The vocabulary names things for the build step, the app and the export alike: it imports only the schema.' },
  { target: './src/export', from: [...NODE_ONLY, './src/app/**'], message: 'The export library runs in the browser and on the command line: it imports only the schema and the vocabulary.' },
  { target: './src/export-cli', from: ['./src/pipeline/**', './src/vite-plugins/**', './src/app/features/**', './src/app/helpers/**', APP_ROOT_FILES], message: 'The export CLI shares only the app\'s pure selection (view/, dataset/) and the export library.' },
  { target: './src/app', from: NODE_ONLY, message: 'The app never imports the build step or a CLI (pipeline → schema ← app).' },
  { target: './src/pipeline', from: ['./src/app/**', './src/export/**', './src/export-cli/**'], message: 'The build step never imports the app or the export.' },
  { target: './src/app/helpers', from: ['./src/app/dataset/**', './src/app/view/**', './src/app/features/**', APP_ROOT_FILES], message: 'helpers/ is the bottom layer of the app.' },
  { target: './src/app/dataset', from: ['./src/app/view/**', './src/app/features/**', APP_ROOT_FILES], message: 'dataset/ sits below view/ and the features.' },
  { target: './src/app/view', from: ['./src/app/features/**', APP_ROOT_FILES], message: 'view/ sits below the features.' },
  { target: './src/app/features', from: [APP_ROOT_FILES], message: 'Features meet in app.tsx, never the other way round.' },
  ...FEATURES.map((feature) => ({
    target: `./src/app/features/${feature}`,
    from: ['./src/app/features/**'],
    // Exceptions of a glob zone are matched against the imported file's absolute path.
    except: [`**/src/app/features/${feature}/**`],
    message: 'Feature folders never import each other: share through view/ or helpers/, or meet in app.tsx.',
  })),
];

export default defineConfig(
  // What .gitignore leaves out is built or generated, never linted.
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'test-results/**', 'coverage/**', 'screenshots/**', 'bench/out/**', '.vite/**', '.cache/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: BOUNDARY_ZONES }],
      // `_name` says "unused on purpose" (a field destructured away, a parameter a signature requires).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Shared with the browser: no Node module may creep in.
    files: ['src/schema/**/*.ts', 'src/vocabulary/**/*.ts', 'src/export/**/*.ts', 'src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'Browser code: no Node modules here.' }] }] },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'tests/app/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
);
