// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The console reaches the REST API only through its typed client (console/src/api.ts, monitor-api.ts,
 * upload.ts, typed by api.contract.ts, which is generated from the OpenAPI document): pages name no
 * path and cast no reply. test/unit/console-api-boundary.test.ts proves these rules catch both.
 */
const clientModules = [
  'console/src/api.ts',
  'console/src/api.test.ts',
  'console/src/monitor-api.ts',
  // Each room's client module (playlist-api.ts, content-api.ts, …), built like monitor-api.ts.
  'console/src/*-api.ts',
  'console/src/upload.ts',
];
const viaClient = 'go through the typed client in console/src/api.ts (its types come from the REST contract)';
const contractPath = /^\/(api|media)\/|\/api\/v1(\/|$)/.source;
const castMessage = `An API reply is typed by the contract: do not cast it; ${viaClient}.`;
// Casts that are, syntactically, casts of a reply: of an awaited value, of a client call or a body
// parser, of a reply's data, response, body or items (an event's data is not a reply), or anywhere inside
// a promise callback.
const replyField =
  '[property.name=/^(data|response|body|error|items|payload)$/][object.name!=/^(e|ev|event)$/]';
const payloadCasts = [
  '> AwaitExpression.expression',
  '> CallExpression.expression[callee.object.name=/^(api|mon|monitor|http)$/]',
  '> CallExpression.expression[callee.property.name=/^(json|text|then)$/]',
  `> MemberExpression.expression${replyField}`,
  `> ChainExpression.expression > MemberExpression${replyField}`,
].flatMap((child) => [`TSAsExpression${child}`, `TSTypeAssertion${child}`]);
const consoleApiBoundary = {
  'no-restricted-syntax': [
    'error',
    {
      selector: `Literal[value=/${contractPath}/]`,
      message: `No API path in a page: ${viaClient}.`,
    },
    {
      selector: `TemplateElement[value.raw=/${contractPath}/]`,
      message: `No API path in a page: ${viaClient}.`,
    },
    ...payloadCasts.map((selector) => ({ selector, message: castMessage })),
    {
      selector:
        'CallExpression[callee.property.name=/^(then|catch)$/] :matches(TSAsExpression, TSTypeAssertion)',
      message: castMessage,
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: `No fetch in a page: ${viaClient}.` },
    { name: 'XMLHttpRequest', message: `No XMLHttpRequest in a page: ${viaClient}.` },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'window', property: 'fetch', message: `No fetch in a page: ${viaClient}.` },
    { object: 'globalThis', property: 'fetch', message: `No fetch in a page: ${viaClient}.` },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'bench/results/',
      'schemas/types.ts',
      'console/src/api.contract.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Express 5 awaits async handlers and forwards their rejections, so promise-returning callbacks are fine there.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      // validate<T>() and friends return what a schema guarantees: a single-use type parameter is the point.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  {
    files: ['player/src/**', 'console/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['console/src/**'],
    ignores: clientModules,
    rules: consoleApiBoundary,
  },
  {
    // Tests and benchmarks index into results they have just asserted on; `!` there is not a hidden bug.
    files: ['test/**', 'bench/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
