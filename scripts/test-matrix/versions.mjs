// What `pnpm test:matrix` runs, and what the "Tested versions" section of
// docs/runtimes-and-versions.md says it runs: both read this one list, and
// scripts/test-matrix.test.ts keeps the page in step with it.

/** Each Node version runs the published packages' own suites and the reliability harness. */
export const nodeVersions = ['20.20.2', '22.23.5', '24.22.3'];

/**
 * The mock package against each msw major, installed as a user installs it. msw 3 requires
 * Node 22.12 or later (its own `engines`), so it runs on the oldest Node that it supports.
 */
export const mswCells = [
  { msw: '2.15.0', node: '20.20.2' },
  { msw: '3.0.5', node: '22.23.5' },
];

/**
 * msw 3 on a Node it does not support intercepts nothing, so requests would go out: the mock
 * server must refuse to start there, and say why.
 */
export const mswRefusedCells = [{ msw: '3.0.5', node: '20.20.2' }];

/** A consumer project, type-checked with each compiler: TypeScript 7 is the native (Go) port. */
export const typescriptVersions = ['5.9.3', '7.0.2'];

/** The docs section, as it must read. */
export function testedVersionsTable() {
  const rows = [
    [
      'Node.js',
      nodeVersions.join(', '),
      "every published package's own tests, and the reliability harness in `tests/`",
    ],
    ...mswCells.map(({ msw, node }) => [
      `msw ${msw.split('.')[0]}`,
      `${msw} on Node ${node}`,
      'a fresh project installs every package from its tarball, with this msw, and runs a Vitest file against the mock as a user would (`scripts/test-matrix/consumer/`)',
    ]),
    ...mswRefusedCells.map(({ msw, node }) => [
      `msw ${msw.split('.')[0]} on an older Node`,
      `${msw} on Node ${node}`,
      'the mock server refuses to start, naming the Node.js msw 3 needs, rather than let requests out',
    ]),
    [
      'TypeScript',
      typescriptVersions.join(', '),
      'the msw 2 and msw 3 projects above, with shapes that must not compile (`@ts-expect-error`), type-checked with `strict` and without `skipLibCheck`',
    ],
  ];
  return ['| what | versions | what runs |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}
