import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffSpecs } from './spec-diff.mjs';

type Change = { kind: string; where: string; message: string };
// A spec built and mutated freely by the cases below, the way the diff reads it: untyped JSON.
// biome-ignore lint/suspicious/noExplicitAny: every case reaches into a different corner of it
type Spec = any;
const root = join(import.meta.dirname, '..');
const altostrat = parse(readFileSync(join(root, 'specs/altostrat/openapi.yaml'), 'utf8'));
const copy = () => structuredClone(altostrat);
const OP = 'POST /workflows/{workflowId}/execute';

// A small spec with one operation, a $ref'd body and response, and a query parameter.
function small() {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    servers: [{ url: 'https://a.example' }],
    paths: {
      '/items/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        post: {
          operationId: 'postItem',
          summary: 'Post an item',
          parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/In' } } },
          },
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Out' } } },
            },
            '404': { description: 'missing' },
          },
        },
      },
    },
    components: {
      schemas: {
        In: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string', maxLength: 50 },
            note: { type: 'string' },
            count: { type: ['integer', 'string'] },
            mode: { type: 'string', enum: ['a', 'b'] },
          },
        },
        Out: {
          type: 'object',
          required: ['id', 'state'],
          properties: {
            id: { type: 'string' },
            state: { type: 'string', enum: ['on', 'off'] },
            label: { type: 'string' },
          },
        },
      },
    },
  } as Spec;
}

function run(mutate: (s: Spec) => void, base = small()) {
  const after = structuredClone(base);
  mutate(after);
  return diffSpecs(base, after) as { changes: Change[]; bump: string };
}
const only = (r: { changes: Change[] }) => {
  expect(r.changes).toHaveLength(1);
  return r.changes[0];
};

describe('diffSpecs: breaking changes', () => {
  it('a removed operation is breaking (major)', () => {
    const r = run((s) => delete s.paths['/items/{id}'].post);
    expect(only(r)).toMatchObject({ kind: 'breaking', where: 'POST /items/{id}', message: 'operation removed' });
    expect(r.bump).toBe('major');
  });
  it('a renamed operation (new path) is removed + added', () => {
    const r = run((s) => {
      s.paths['/things/{id}'] = s.paths['/items/{id}'];
      delete s.paths['/items/{id}'];
    });
    expect(r.changes.map((c) => `${c.kind} ${c.where}`)).toEqual([
      'breaking POST /items/{id}',
      'non-breaking POST /things/{id}',
    ]);
    expect(r.bump).toBe('major');
  });
  it('a removed parameter is breaking', () => {
    const r = run((s) => {
      s.paths['/items/{id}'].post.parameters = [];
    });
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} query parameter q',
      message: 'parameter removed',
    });
  });
  it('a new required parameter is breaking', () => {
    const r = run((s) =>
      s.paths['/items/{id}'].post.parameters.push({
        name: 'x',
        in: 'header',
        required: true,
        schema: { type: 'string' },
      }),
    );
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} header parameter x',
      message: 'new required parameter',
    });
  });
  it('an optional parameter becoming required is breaking', () => {
    const r = run((s) => {
      s.paths['/items/{id}'].post.parameters[0].required = true;
    });
    expect(only(r)).toMatchObject({ kind: 'breaking', message: 'parameter became required' });
  });
  it('an optional body property becoming required is breaking', () => {
    const r = run((s) => s.components.schemas.In.required.push('note'));
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} requestBody.note',
      message: 'input property became required',
    });
  });
  it('a new required body property is breaking', () => {
    const r = run((s) => {
      s.components.schemas.In.properties.tag = { type: 'string' };
      s.components.schemas.In.required.push('tag');
    });
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} requestBody.tag',
      message: 'new required request-body property',
    });
  });
  it('a body becoming required is breaking', () => {
    const r = run(
      (s) => {
        s.paths['/items/{id}'].post.requestBody.required = true;
      },
      (() => {
        const b = small();
        b.paths['/items/{id}'].post.requestBody.required = false;
        return b;
      })(),
    );
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} requestBody',
      message: 'request body became required',
    });
  });
  it('a removed request-body property is breaking', () => {
    const r = run((s) => delete s.components.schemas.In.properties.note);
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} requestBody.note',
      message: 'request-body property removed',
    });
  });
  it('a removed response property is breaking', () => {
    const r = run((s) => delete s.components.schemas.Out.properties.label);
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} responses.200.label',
      message: 'response property removed',
    });
  });
  it('a narrowed input type is breaking', () => {
    const r = run((s) => {
      s.components.schemas.In.properties.count.type = 'integer';
    });
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} requestBody.count',
      message: 'type narrowed: no longer accepts string',
    });
  });
  it('a pattern added (or changed, on altostrat Idempotency-Key) on an input is breaking', () => {
    const r = run((s) => {
      s.paths['/items/{id}'].post.parameters[0].schema.pattern = '^[a-z]+$';
    });
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} query parameter q',
      message: 'pattern added: ^[a-z]+$',
    });
    expect(r.bump).toBe('major');
    const a = run((s) => {
      s.components.parameters.IdempotencyKey.schema.pattern = '^[0-9a-f-]{36}$';
    }, copy());
    expect(only(a)).toMatchObject({
      kind: 'breaking',
      where: `${OP} header parameter Idempotency-Key`,
      message: 'pattern changed: ^[0-9a-f-]{36}$',
    });
  });
  it('a tightened maxLength on an input is breaking, a loosened one is not', () => {
    expect(
      only(
        run((s) => {
          s.components.schemas.In.properties.name.maxLength = 10;
        }),
      ),
    ).toMatchObject({ kind: 'breaking', message: 'maxLength tightened: 50 -> 10' });
    expect(
      only(
        run((s) => {
          s.components.schemas.In.properties.name.maxLength = 99;
        }),
      ),
    ).toMatchObject({ kind: 'non-breaking', message: 'maxLength loosened: 50 -> 99' });
    expect(
      only(
        run((s) => {
          s.components.schemas.In.properties.name.minLength = 1;
        }),
      ),
    ).toMatchObject({ kind: 'breaking', message: 'minLength tightened: none -> 1' });
  });
  it('a removed request enum value is breaking', () => {
    const r = run((s) => {
      s.components.schemas.In.properties.mode.enum = ['a'];
    });
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} requestBody.mode',
      message: 'request enum value removed: "b"',
    });
  });
  it('a removed response enum value is breaking (altostrat RunStatus)', () => {
    const r = run((s) => {
      s.components.schemas.RunStatus.enum = ['pending', 'running', 'completed', 'failed'];
    }, copy());
    // Named at every operation whose answer carries the status: the run, one run, the list.
    expect(r.changes).toEqual([
      expect.objectContaining({
        kind: 'breaking',
        where: `${OP} responses.202.status`,
        message: 'response enum value removed: "awaiting_ui_interaction"',
      }),
      expect.objectContaining({ kind: 'breaking', where: 'GET /workflows/runs/{runId} responses.200.status' }),
      expect.objectContaining({
        kind: 'breaking',
        where: 'GET /workflows/{workflowId}/executions responses.200.data[].status',
      }),
    ]);
    expect(r.bump).toBe('major');
  });
  it('a changed success status is breaking', () => {
    const r = run((s) => {
      const p = s.paths['/workflows/{workflowId}/execute'].post;
      p.responses['200'] = p.responses['202'];
      delete p.responses['202'];
    }, copy());
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: `${OP} responses`,
      message: 'success status changed: 202 -> 200',
    });
  });
  it('a removed response status is breaking', () => {
    const r = run((s) => delete s.paths['/items/{id}'].post.responses['404']);
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} responses.404',
      message: 'response status removed',
    });
  });
  it('a response property becoming optional or nullable is breaking', () => {
    expect(
      only(
        run((s) => {
          s.components.schemas.Out.required = ['id'];
        }),
      ),
    ).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} responses.200.state',
      message: 'response property became optional',
    });
    expect(
      only(
        run((s) => {
          s.components.schemas.Out.properties.id.type = ['string', 'null'];
        }),
      ),
    ).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} responses.200.id',
      message: 'response value became nullable',
    });
  });
});

describe('diffSpecs: non-breaking changes', () => {
  it('an added operation is non-breaking (minor)', () => {
    const r = run((s) => {
      s.paths['/items/{id}'].get = { responses: { '200': { description: 'ok' } } };
    });
    expect(only(r)).toMatchObject({ kind: 'non-breaking', where: 'GET /items/{id}', message: 'operation added' });
    expect(r.bump).toBe('minor');
  });
  it('an added optional parameter is non-breaking', () => {
    const r = run((s) =>
      s.paths['/items/{id}'].post.parameters.push({ name: 'page', in: 'query', schema: { type: 'integer' } }),
    );
    expect(only(r)).toMatchObject({
      kind: 'non-breaking',
      where: 'POST /items/{id} query parameter page',
      message: 'optional parameter added',
    });
    expect(r.bump).toBe('minor');
  });
  it('an added optional body property is non-breaking (altostrat)', () => {
    const r = run((s) => {
      s.components.schemas.ExecuteWorkflowRequest.properties.priority = { type: 'integer' };
    }, copy());
    expect(only(r)).toMatchObject({
      kind: 'non-breaking',
      where: `${OP} requestBody.priority`,
      message: 'optional request-body property added',
    });
  });
  it('an added response property and an added response status are non-breaking', () => {
    const r = run((s) => {
      s.components.schemas.Out.properties.extra = { type: 'string' };
      s.paths['/items/{id}'].post.responses['409'] = { description: 'conflict' };
    });
    expect(r.changes.map((c) => `${c.kind} ${c.where} ${c.message}`)).toEqual([
      'non-breaking POST /items/{id} responses.409 response status added',
      'non-breaking POST /items/{id} responses.200.extra response property added',
    ]);
    expect(r.bump).toBe('minor');
  });
  it('an added request enum value is non-breaking', () => {
    const r = run((s) => s.components.schemas.In.properties.mode.enum.push('c'));
    expect(only(r)).toMatchObject({ kind: 'non-breaking', message: 'request enum value added: "c"' });
  });
  it('an added response enum value is minor but flagged for exhaustive switches', () => {
    const r = run((s) => s.components.schemas.RunStatus.enum.push('cancelled'), copy());
    expect(r.changes[0]).toMatchObject({
      kind: 'non-breaking',
      where: `${OP} responses.202.status`,
      message: 'response enum widened: exhaustive switches need a new case ("cancelled")',
    });
    expect(r.changes.map((change) => change.kind)).toEqual(['non-breaking', 'non-breaking', 'non-breaking']);
    expect(r.bump).toBe('minor');
  });
  it('an added server is non-breaking', () => {
    const r = run((s) => s.servers.push({ url: 'https://b.example' }));
    expect(only(r)).toMatchObject({
      kind: 'non-breaking',
      where: 'servers',
      message: 'server added: https://b.example',
    });
  });
});

describe('diffSpecs: patch, none, mixed', () => {
  it('a description/summary/example/x-decision-only change is a patch', () => {
    const r = run((s) => {
      const p = s.paths['/workflows/{workflowId}/execute'].post;
      p.description = 'new words';
      p.summary = 'Run it';
      p['x-decision']['idempotent-replay'] = 'changed';
      s.components.schemas.RunStatus.description = 'other';
      p.requestBody.content['application/json'].examples.noContext.value = { context: {} };
    }, copy());
    expect(only(r)).toMatchObject({ kind: 'patch', message: 'description/summary/example/x-decision text changed' });
    expect(r.bump).toBe('patch');
  });
  it('no change is none', () => {
    expect(diffSpecs(copy(), copy())).toEqual({ changes: [], bump: 'none' });
  });
  it('a mixed set bumps to the highest kind', () => {
    const r = run((s) => {
      s.servers.push({ url: 'https://b.example' });
      s.info.description = 'x';
      delete s.components.schemas.Out.properties.label;
    });
    expect(r.changes.map((c) => c.kind).sort()).toEqual(['breaking', 'non-breaking']);
    expect(r.bump).toBe('major');
    expect(
      run((s) => {
        s.servers.push({ url: 'https://b.example' });
        s.info.description = 'x';
      }).bump,
    ).toBe('minor');
  });
  it('a spec absent before is a new vendor (minor)', () => {
    expect(diffSpecs(undefined, small())).toEqual({
      changes: [{ kind: 'non-breaking', where: 'spec', message: 'new vendor spec' }],
      bump: 'minor',
    });
  });
});

describe('spec-diff CLI on a temporary git repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wc-specdiff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  const cli = (...args: string[]) =>
    spawnSync('node', [join(import.meta.dirname, 'spec-diff.mjs'), ...args], { cwd: dir, encoding: 'utf8' });

  it('classifies an edited spec against the ref, reports a new vendor, and rejects a bad ref', () => {
    git('init', '-q', '-b', 'main');
    mkdirSync(join(dir, 'specs/demo'), { recursive: true });
    writeFileSync(join(dir, 'specs/demo/openapi.yaml'), stringify(small()));
    git('add', '.');
    git('commit', '-q', '-m', 'spec');
    const edited = small();
    edited.components.schemas.Out.properties.state.enum.push('paused');
    edited.paths['/items/{id}'].post.parameters.push({
      name: 'x',
      in: 'query',
      required: true,
      schema: { type: 'string' },
    });
    writeFileSync(join(dir, 'specs/demo/openapi.yaml'), stringify(edited));
    mkdirSync(join(dir, 'specs/fresh'));
    writeFileSync(join(dir, 'specs/fresh/openapi.yaml'), stringify(small()));

    for (const args of [['HEAD'], []]) {
      // explicit ref, and the default (merge base == HEAD -> HEAD)
      const r = cli(...args);
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toEqual([
        '@workflow-clients/demo (specs/demo/openapi.yaml)',
        '  breaking     POST /items/{id} query parameter x: new required parameter',
        '  non-breaking POST /items/{id} responses.200.state: response enum widened: exhaustive switches need a new case ("paused")',
        'suggested changeset: "@workflow-clients/demo": major',
        '@workflow-clients/fresh (specs/fresh/openapi.yaml)',
        '  non-breaking spec: new vendor spec',
        'suggested changeset: "@workflow-clients/fresh": minor',
      ]);
    }
    // On a branch with the edits committed, the default ref is the merge base with main.
    git('checkout', '-q', '-b', 'feature');
    git('add', '.');
    git('commit', '-q', '-m', 'edit');
    const onBranch = cli();
    expect(onBranch.status).toBe(0);
    expect(onBranch.stdout).toContain('suggested changeset: "@workflow-clients/demo": major');
    expect(onBranch.stdout).toContain('suggested changeset: "@workflow-clients/fresh": minor');
    expect(cli('HEAD').stdout.trim()).toBe('No spec changes against HEAD.');
    const bad = cli('no-such-ref');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('invalid git ref "no-such-ref"');
  });
});
