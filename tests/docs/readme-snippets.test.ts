import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { vendorCases } from '../support/vendor-cases.js';
import {
  type CompileResult,
  compileSnippets,
  countProgramFences,
  extractSnippets,
  findReadmes,
  pointIntoReadme,
  readReadme,
  type Snippet,
  snippetFileName,
} from './readme-snippets.js';
import { runVitestFiles, type VitestFileResult } from './vitest-files.js';

// Docs as tests: every ts/js block of every README and every page of docs/ compiles, strict,
// against the built packages as a user installs them, and runs offline, with a dummy key in each
// vendor's variable. A block that imports from `vitest` is a test file, and runs under Vitest in
// a process of its own; any other is imported here, inside the spec-backed mock, which fails it
// for a request that broke a spec. Nothing is added to a block: one that needs an import it does not show fails, as it would
// for a reader who copies it. The one escape is a visible `<!-- compile-only: why -->` marker
// before the fence, for a block that cannot run offline, naming the test that runs it instead.
const root = join(import.meta.dirname, '..', '..');
const harness = join(import.meta.dirname, '..');
const readmes = findReadmes(root);
const snippets = readmes.flatMap((readme) => extractSnippets(readme, readReadme(root, readme)));

/** Each vendor's credential variable, set to a dummy key in its documented shape: the mock checks the shape. */
const dummyCredentials = Object.fromEntries(
  Object.values(vendorCases).map(({ raw, apiKey }) => [raw.definition.apiKeyEnvVar, apiKey]),
);

let scratch: string;
const fileOf = (snippet: Snippet) => join(scratch, snippetFileName(snippet));
let compiled: CompileResult;
let vitestFiles: Promise<Map<string, VitestFileResult>>;
const stopVitest = new AbortController();

beforeAll(() => {
  // Inside the harness, so that the blocks resolve its dependencies as an installing user's code would.
  scratch = mkdtempSync(join(import.meta.dirname, '.snippets-'));
  for (const snippet of snippets) writeFileSync(fileOf(snippet), snippet.code);
  // Started first, so that its process runs on another core while this one compiles.
  const vitestBin = join(harness, 'node_modules', '.bin', 'vitest');
  vitestFiles = runVitestFiles(scratch, vitestBin, dummyCredentials, stopVitest.signal);
  vitestFiles.catch(() => {}); // reported by the tests that await it
  compiled = compileSnippets(
    new Map(snippets.map((snippet) => [fileOf(snippet), snippet])),
    join(harness, 'node_modules', '@types'),
  );
}, 120_000);
afterAll(async () => {
  stopVitest.abort();
  await vitestFiles?.catch(() => {});
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the program blocks of the READMEs', () => {
  it('are all found', () => {
    expect(readmes).toContain('README.md');
    // The docs pages the README links to are read as READMEs are.
    expect(readmes.filter((readme) => readme.startsWith('docs/')).length).toBeGreaterThan(0);
    for (const readme of readmes) {
      const found = snippets.filter((snippet) => snippet.readme === readme).length;
      expect(found, `${readme}: the blocks found, against its ts/js fences`).toBe(
        countProgramFences(readReadme(root, readme)),
      );
    }
    expect(snippets.filter((snippet) => snippet.readme === 'README.md').length).toBeGreaterThan(0);
    expect(snippets.filter((snippet) => snippet.readme !== 'README.md').length).toBeGreaterThan(0);
  });

  it('compile as one program with no error outside the blocks', () => {
    expect(compiled.otherErrors).toEqual([]);
  });
});

describe('the block extractor', () => {
  const markdown = [
    '```sh',
    'pnpm test',
    '```',
    '- a list item:',
    '',
    '  ```ts',
    "  const indented = 'inside the item';",
    '  ```',
    '<!-- compile-only: needs a real stream -->',
    '',
    '````typescript',
    '```',
    '````',
    '```',
    'a bare block',
    '```',
  ].join('\n');

  it("takes ts and js blocks, with their lines and a list item's indentation, and leaves the rest", () => {
    const found = extractSnippets('EXAMPLE.md', markdown);
    expect(found.map(({ label, code, indent }) => ({ label, code, indent }))).toEqual([
      { label: 'EXAMPLE.md:6', code: "const indented = 'inside the item';\n", indent: 2 },
      { label: 'EXAMPLE.md:11', code: '```\n', indent: 0 },
    ]);
    expect(found.map((snippet) => snippet.compileOnlyBecause)).toEqual([undefined, 'needs a real stream']);
    expect(countProgramFences(markdown)).toBe(2);
    expect(
      pointIntoReadme('at /tmp/x/example-line-6.ts:1:7', { ...found[0]!, readme: 'packages/example/README.md' }),
    ).toBe('at packages/example/README.md:7:9');
    // Two pages of docs/ with a block on the same line are written to two files.
    expect(snippetFileName({ ...found[0]!, readme: 'docs/usage.md' })).toBe('docs-usage-line-6.ts');
    expect(pointIntoReadme('at /tmp/x/docs-usage-line-6.ts:1:7', { ...found[0]!, readme: 'docs/usage.md' })).toBe(
      'at docs/usage.md:7:9',
    );
  });

  it('refuses a compile-only marker without its reason, and a fence never closed', () => {
    expect(() => extractSnippets('EXAMPLE.md', '<!-- compile-only -->\n```ts\n```')).toThrow(
      'EXAMPLE.md:2: a compile-only marker must say why the block cannot run',
    );
    expect(() => extractSnippets('EXAMPLE.md', 'text\n```ts\nconst open = 1;')).toThrow(
      'EXAMPLE.md:2: this fence is never closed',
    );
  });
});

describe('every README block', () => {
  const mock = setupWorkflowMockServer();
  beforeAll(mock.listen);
  afterAll(mock.close);
  beforeEach(() => {
    for (const [name, value] of Object.entries(dummyCredentials)) vi.stubEnv(name, value);
  });

  describe.each(snippets.map((snippet) => [snippet.label, snippet] as const))('%s', (label, snippet) => {
    it('compiles, strict, against the built packages', () => {
      const errors = compiled.errorsBySnippet.get(snippet) ?? [];
      if (errors.length > 0) throw new Error(`${label} does not compile:\n${errors.join('\n')}`);
    });

    if (snippet.compileOnlyBecause) {
      const runner = /\btests\/[\w/.-]+\.test\.ts\b/.exec(snippet.compileOnlyBecause)?.[0];
      it(`is run by the test its marker names: ${snippet.compileOnlyBecause}`, () => {
        // Not run here, so run elsewhere: the marker names that test, which reads its blocks from the README.
        if (!runner) throw new Error(`${label}: a compile-only marker must name the test that runs the block`);
        expect(readFileSync(join(root, runner), 'utf8')).toContain('extractSnippets');
      });
    } else if (snippet.isVitestFile) {
      it('passes as a Vitest file, whose mock fails a test that broke a spec', async () => {
        const result = (await vitestFiles).get(fileOf(snippet));
        if (!result) throw new Error(`${label}: Vitest did not run it`);
        if (!result.passed) {
          throw new Error(`${label} fails under Vitest:\n${pointIntoReadme(result.failures.join('\n'), snippet)}`);
        }
      });
    } else {
      it('runs offline against the spec-backed mock, every request keeping its spec', async () => {
        const printed = captureOutput();
        const failures: string[] = [];
        try {
          await import(/* @vite-ignore */ fileOf(snippet));
        } catch (error) {
          failures.push(describeThrown(error, snippet));
        }
        // A block shows the failures it catches on console.error; against the mock nothing
        // fails, so a block that prints one there has swallowed a failure the test must see.
        if (printed.onError.length > 0) failures.push(`printed on console.error: ${printed.onError.join(' | ')}`);
        try {
          mock.afterEach();
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
        if (failures.length > 0) {
          const output = printed.all.length > 0 ? `\nIt printed:\n${printed.all.join('')}` : '';
          throw new Error(`${label} fails when run:\n${failures.join('\n')}${output}`);
        }
      });
    }
  });
});

/** What a block prints (its results, a streamed story) is kept for a failure's message, not shown. */
function captureOutput(): { all: string[]; onError: string[] } {
  const printed = { all: [] as string[], onError: [] as string[] };
  const line = (parts: unknown[]) => `${parts.map(String).join(' ')}\n`;
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    printed.all.push(line(parts));
  });
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...parts: unknown[]) => {
      printed.all.push(line(parts));
      printed.onError.push(line(parts).trim());
    });
  }
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.all.push(String(chunk));
    return true;
  });
  return printed;
}

/** The error, and the line of the README it was thrown from (the transform keeps the block's lines). */
function describeThrown(error: unknown, snippet: Snippet): string {
  if (!(error instanceof Error)) return `threw ${String(error)}`;
  const frame = error.stack?.split('\n').find((line) => line.includes(`/${snippetFileName(snippet)}:`));
  return `threw ${error.name}: ${error.message}${frame ? `\n    ${pointIntoReadme(frame.trim(), snippet)}` : ''}`;
}
