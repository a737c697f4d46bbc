import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The drift check, on a temporary copy of the specs and generated code: CI mode must name
// the stale file instead of quietly regenerating it.
const root = join(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'wc-generate-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

for (const path of [
  'specs',
  'scripts/generate.mjs',
  'scripts/specs.mjs',
  'scripts/answer-shapes.mjs',
  'scripts/spec-facts.mjs',
  'packages/wiv/src/generated',
  'packages/msw/src/generated',
]) {
  cpSync(join(root, path), join(copy, path), { recursive: true });
}
// Resolve openapi-typescript and yaml from the workspace, as the real script does.
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

function generate(args: string[], env: Record<string, string> = {}) {
  try {
    const stdout = execFileSync('node', ['scripts/generate.mjs', ...args], {
      cwd: copy,
      env: { ...process.env, CI: '', ...env },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

describe('scripts/generate.mjs', () => {
  it('finds the committed code current', () => {
    expect(generate(['types', 'wiv', '--check'])).toEqual({ code: 0, output: 'generated code is current\n' });
    expect(generate(['spec-modules'], { CI: 'true' }).code).toBe(0);
  });

  it('names the stale file in check mode and in CI, and writes nothing', () => {
    const spec = join(copy, 'specs/wiv/openapi.yaml');
    writeFileSync(
      spec,
      readFileSync(spec, 'utf8').replace('description: The id of the run this call started', 'description: The run id'),
    );
    const before = readFileSync(join(copy, 'packages/wiv/src/generated/openapi.ts'), 'utf8');

    const checked = generate(['types', 'wiv'], { CI: 'true' });
    expect(checked.code).toBe(1);
    expect(checked.output).toContain('packages/wiv/src/generated/openapi.ts');
    expect(checked.output).toContain('packages/wiv/src/generated/spec-document.ts');
    expect(readFileSync(join(copy, 'packages/wiv/src/generated/openapi.ts'), 'utf8')).toBe(before);
  });

  it('regenerates outside CI, after which the check passes', () => {
    expect(generate(['types', 'wiv']).output).toContain('wrote');
    expect(readFileSync(join(copy, 'packages/wiv/src/generated/openapi.ts'), 'utf8')).toContain('The run id');
    expect(generate(['types', 'wiv', '--check']).code).toBe(0);
  });

  it('names the answer checks stale when a required field changes, and regenerates them', () => {
    const spec = join(copy, 'specs/wiv/openapi.yaml');
    writeFileSync(
      spec,
      readFileSync(spec, 'utf8').replace('required: [execution_id, event_type,', 'required: [execution_id,'),
    );
    const checked = generate(['types', 'wiv'], { CI: 'true' });
    expect(checked.code).toBe(1);
    expect(checked.output).toContain('packages/wiv/src/generated/answer-shapes.ts');
    generate(['types', 'wiv']);
    const shapes = readFileSync(join(copy, 'packages/wiv/src/generated/answer-shapes.ts'), 'utf8');
    expect(shapes).toMatch(/r: \{ execution_id: "s", timestamp: "s"/);
    expect(shapes).toMatch(/o: \{ event_type: "s"/);
  });
});
