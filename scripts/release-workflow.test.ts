import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

// The release workflow, read as GitHub would: valid against the workflow schema
// (action-validator), and publishing only after the whole of CI, with provenance.
const root = join(import.meta.dirname, '..');
const file = join(root, '.github/workflows/release.yml');

it('is a valid GitHub Actions workflow', () => {
  const validated = spawnSync(join(import.meta.dirname, 'node_modules/.bin/action-validator'), [file], {
    encoding: 'utf8',
  });
  expect(validated.status, `${validated.stdout}${validated.stderr}`).toBe(0);
});

it('runs CI before changesets may publish, and publishes with provenance', () => {
  const workflow = parse(readFileSync(file, 'utf8'));
  expect(workflow.permissions['id-token']).toBe('write');
  const steps: { run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }[] =
    workflow.jobs.release.steps;
  const ci = steps.findIndex((step) => step.run === 'CI=true bash .ci/run');
  const release = steps.findIndex((step) => step.uses?.startsWith('changesets/action@'));
  expect(ci).toBeGreaterThanOrEqual(0);
  expect(release).toBeGreaterThan(ci);
  expect(steps[release]?.with?.publish).toBe('pnpm changeset publish');
  expect(steps[release]?.env?.NPM_CONFIG_PROVENANCE).toBe('true');
});
