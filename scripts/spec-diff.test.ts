import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { affectedPackages, coverage, settleReviews } from './spec-diff/affected.mjs';
import { types } from './spec-diff/classify.mjs';
import { addedChangesets, readChangesets } from './spec-diff/pending-changesets.mjs';
import { missingLines } from './spec-diff/report.mjs';
import { compare, diffSpecs } from './spec-diff.mjs';
import { follow } from './spec-facts.mjs';
import { changeset, memory } from './support/memory-source.js';
import { type VendorChange, type Spec as VendorSpec, vendorChanges } from './support/vendor-changes.js';

type Change = { kind: string; where: string; message: string };
type Result = {
  base: string;
  head: string;
  specs: { slug: string; file: string; bump: string; changes: Change[] }[];
  packages: { name: string; required: string; pending: string; covered: boolean }[];
  ok: boolean;
};
// A spec built and mutated freely by the cases below, the way the diff reads it: untyped JSON.
type Spec = VendorSpec;
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
  it('a pattern added on an input is breaking; one changed (altostrat Idempotency-Key) is for a person to classify', () => {
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
      kind: 'review',
      where: `${OP} header parameter Idempotency-Key`,
    });
    expect(only(a)?.message).toMatch(
      /^pattern changed: .* -> \^\[0-9a-f-\]\{36\}\$: narrower or wider\? classify it by hand$/,
    );
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
  it('a server added after the first is a patch: no client uses it', () => {
    const r = run((s) => s.servers.push({ url: 'https://b.example' }));
    expect(only(r)).toMatchObject({
      kind: 'patch',
      where: 'servers',
      message: 'server added: https://b.example (not the default)',
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
      s.components.schemas.In.properties.note.default = 'none';
    });
    expect(r.changes.map((c) => c.kind).sort()).toEqual(['breaking', 'non-breaking', 'patch']);
    expect(r.bump).toBe('major');
    expect(
      run((s) => {
        s.servers.push({ url: 'https://b.example' });
        s.components.schemas.In.properties.note.default = 'none';
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

describe('diffSpecs: what a typed client sends and reads beyond the schema', () => {
  const JSON_BODY = (s: Spec) => s.paths['/items/{id}'].post.requestBody.content;
  it('a request body that no longer takes JSON breaks every call, though its schema is the same', () => {
    const r = run((s) => {
      const content = JSON_BODY(s);
      content['application/x-www-form-urlencoded'] = content['application/json'];
      delete content['application/json'];
    });
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: 'POST /items/{id} requestBody',
      message:
        'request body no longer JSON (now application/x-www-form-urlencoded): every call the clients send breaks',
    });
    expect(r.bump).toBe('major');
  });
  it('a media type added beside JSON is non-breaking; one removed from an answer is breaking', () => {
    const added = run((s) => {
      JSON_BODY(s)['multipart/form-data'] = { schema: { type: 'object' } };
    });
    expect(only(added)).toMatchObject({ kind: 'non-breaking', message: 'media type added: multipart/form-data' });
    const answer = run((s) => {
      const content = s.paths['/items/{id}'].post.responses['200'].content;
      content['text/plain'] = { schema: { type: 'string' } };
      delete content['application/json'];
    });
    expect(answer.changes.map((c) => `${c.kind}: ${c.message}`)).toEqual([
      'breaking: media type removed: application/json',
      'non-breaking: media type added: text/plain',
    ]);
  });
  it("an input's default changed is a feature to announce (minor); a response's is documentation (patch)", () => {
    const input = run((s) => {
      s.paths['/items/{id}'].post.parameters[0].schema.default = 'all';
    });
    expect(only(input)).toMatchObject({
      kind: 'non-breaking',
      where: 'POST /items/{id} query parameter q',
      message: 'input default changed: none -> "all" (callers who leave it out get another behaviour)',
    });
    expect(input.bump).toBe('minor');
    const answer = run((s) => {
      s.components.schemas.Out.properties.label.default = 'x';
    });
    expect(only(answer)).toMatchObject({
      kind: 'patch',
      message: 'response default changed: none -> "x" (documentation only)',
    });
  });
  it("a response's constraint is a patch: no type shows it and the clients check no answer against it", () => {
    const r = run((s) => {
      s.components.schemas.Out.properties.id.pattern = '^[a-z]+$';
      s.components.schemas.Out.properties.id.maxLength = 5;
    });
    expect(only(r)).toMatchObject({
      kind: 'patch',
      where: 'POST /items/{id} responses.200.id',
      message: 'response constraint changed: pattern, maxLength',
    });
  });
  it("a changed operationId is breaking: the generated types and the mock's respondWith name it", () => {
    const r = run((s) => {
      s.paths['/items/{id}'].post.operationId = 'createItem';
    });
    expect(only(r)).toMatchObject({ kind: 'breaking', where: 'POST /items/{id}' });
    expect(only(r)?.message).toContain('operationId changed: postItem -> createItem');
  });
  it('a moved default server is its own verdict, released as a fix (patch)', () => {
    const r = run((s) => {
      s.servers = [{ url: 'https://b.example' }];
    });
    expect(only(r)).toMatchObject({
      kind: 'server moved',
      where: 'servers',
      message:
        'default base URL moved: https://a.example -> https://b.example. Clients on the default need the new one (release it as a fix); clients that pin `baseUrl` are unaffected',
    });
    expect(r.bump).toBe('patch');
  });
  // Each is something OpenAPI can say that the classifier does not compare: it must not pass as a patch.
  const unknown: [string, (s: Spec) => void, string, string][] = [
    [
      'a query parameter serialized another way',
      (s) => Object.assign(s.paths['/items/{id}'].post.parameters[0], { style: 'spaceDelimited', explode: false }),
      'POST /items/{id} query parameter q',
      '`explode` changed',
    ],
    [
      'a request property made readOnly',
      (s) => {
        s.components.schemas.In.properties.note.readOnly = true;
      },
      'POST /items/{id} requestBody.note',
      'schema keyword `readOnly` changed',
    ],
    [
      'a response property made writeOnly',
      (s) => {
        s.components.schemas.Out.properties.label.writeOnly = true;
      },
      'POST /items/{id} responses.200.label',
      'schema keyword `writeOnly` changed',
    ],
    [
      'a discriminator',
      (s) => {
        s.components.schemas.Out.discriminator = { propertyName: 'state' };
      },
      'POST /items/{id} responses.200',
      'schema keyword `discriminator` changed',
    ],
    [
      'a keyword the classifier has never heard of',
      (s) => {
        s.components.schemas.In.properties.count.multipleOf = 2;
      },
      'POST /items/{id} requestBody.count',
      'schema keyword `multipleOf` changed',
    ],
    [
      'a callback',
      (s) => {
        s.paths['/items/{id}'].post.callbacks = { done: {} };
      },
      'POST /items/{id}',
      '`callbacks` changed',
    ],
    [
      'webhooks',
      (s) => {
        s.webhooks = { runDone: {} };
      },
      'spec',
      '`webhooks` changed',
    ],
    [
      'an encoding of a body part',
      (s) => {
        JSON_BODY(s)['application/json'].encoding = { name: { contentType: 'text/plain' } };
      },
      'POST /items/{id} requestBody application/json',
      '`encoding` changed',
    ],
    [
      'a server variable',
      (s) => {
        s.servers[0].variables = { region: { default: 'eu' } };
      },
      'servers https://a.example',
      '`variables` changed',
    ],
  ];
  for (const [name, mutate, where, message] of unknown)
    it(`${name} is a review, not a patch`, () => {
      const r = run(mutate);
      expect(r.changes).toContainEqual({
        kind: 'review',
        where,
        message: `${message}: not a change this classifier knows, classify it by hand`,
      });
    });
});

// small() with what the cases below need on top: headers on the answer, a credential.
function guarded() {
  const s = small();
  s.paths['/items/{id}'].post.responses['200'].headers = {
    'X-Rate-Limit': { schema: { type: 'integer' } },
    'X-Trace': { required: true, schema: { type: 'string', format: 'uuid' } },
  };
  s.components.securitySchemes = {
    key: { type: 'apiKey', in: 'header', name: 'X-API-KEY', description: 'the key' },
    token: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
  };
  s.security = [{ key: [] }];
  s.paths['/items/{id}'].get = { operationId: 'getItem', responses: { '200': { description: 'ok' } } };
  return s;
}
const POST = 'POST /items/{id}';
const lines = (r: { changes: Change[] }) => r.changes.map((c) => `${c.kind} ${c.where}: ${c.message}`);

describe('diffSpecs: response and request headers', () => {
  it('a removed response header is breaking, an added one non-breaking', () => {
    const removed = run((s) => delete s.paths['/items/{id}'].post.responses['200'].headers['X-Rate-Limit'], guarded());
    expect(only(removed)).toMatchObject({
      kind: 'breaking',
      where: `${POST} responses.200 header X-Rate-Limit`,
      message: 'response header removed',
    });
    expect(removed.bump).toBe('major');
    const added = run((s) => {
      s.paths['/items/{id}'].post.responses['200'].headers['X-Request-Id'] = { schema: { type: 'string' } };
    }, guarded());
    expect(only(added)).toMatchObject({
      kind: 'non-breaking',
      where: `${POST} responses.200 header X-Request-Id`,
      message: 'response header added',
    });
    expect(added.bump).toBe('minor');
  });
  it('a renamed response header is removed + added (major), not a patch', () => {
    const r = run((s) => {
      const headers = s.paths['/items/{id}'].post.responses['200'].headers;
      headers['RateLimit-Limit'] = headers['X-Rate-Limit'];
      delete headers['X-Rate-Limit'];
    }, guarded());
    expect(lines(r)).toEqual([
      `breaking ${POST} responses.200 header X-Rate-Limit: response header removed`,
      `non-breaking ${POST} responses.200 header RateLimit-Limit: response header added`,
    ]);
    expect(r.bump).toBe('major');
  });
  it('a response header renamed only in case is the same header (patch)', () => {
    const r = run((s) => {
      const headers = s.paths['/items/{id}'].post.responses['200'].headers;
      headers['x-rate-limit'] = headers['X-Rate-Limit'];
      delete headers['X-Rate-Limit'];
    }, guarded());
    expect(only(r)).toMatchObject({
      kind: 'patch',
      where: `${POST} responses.200 header X-Rate-Limit`,
      message: 'renamed to x-rate-limit (case only; header names are case-insensitive)',
    });
    expect(r.bump).toBe('patch');
  });
  it("a response header's schema compares as a response value", () => {
    const widened = run((s) => {
      s.paths['/items/{id}'].post.responses['200'].headers['X-Rate-Limit'].schema.type = ['integer', 'string'];
    }, guarded());
    expect(only(widened)).toMatchObject({
      kind: 'breaking',
      where: `${POST} responses.200 header X-Rate-Limit`,
      message: 'response type widened to string',
    });
    const optional = run((s) => {
      s.paths['/items/{id}'].post.responses['200'].headers['X-Trace'].required = false;
    }, guarded());
    expect(only(optional)).toMatchObject({ kind: 'breaking', message: 'response header became optional' });
  });
  it('a request header parameter renamed only in case is the same parameter (patch)', () => {
    const r = run((s) => {
      s.components.parameters.IdempotencyKey.name = 'idempotency-key';
    }, copy());
    expect(only(r)).toMatchObject({
      kind: 'patch',
      where: `${OP} header parameter Idempotency-Key`,
      message: 'renamed to idempotency-key (case only; header names are case-insensitive)',
    });
    // OpenAPI ignores an Authorization, Accept or Content-Type header parameter: no verdict.
    const authorization = run((s) =>
      s.paths['/items/{id}'].post.parameters.push({
        name: 'Authorization',
        in: 'header',
        required: true,
        schema: { type: 'string' },
      }),
    );
    expect(only(authorization)).toMatchObject({ kind: 'patch', where: 'spec' });
    // A query parameter is not a header: its name stays case-sensitive.
    const query = run((s) => {
      s.paths['/items/{id}'].post.parameters[0].name = 'Q';
    });
    expect(lines(query)).toEqual([
      `breaking ${POST} query parameter q: parameter removed`,
      `non-breaking ${POST} query parameter Q: optional parameter added`,
    ]);
  });
});

describe('diffSpecs: security', () => {
  const scheme = (s: Spec) => s.components.securitySchemes.key;
  it("a renamed apiKey header (Wiv's X-API-KEY) is breaking for every operation using it", () => {
    const r = run((s) => {
      scheme(s).name = 'X-Api-Token';
    }, guarded());
    expect(lines(r)).toEqual([
      'breaking GET /items/{id} security: credential changed: apiKey in header X-API-KEY -> apiKey in header X-Api-Token',
      `breaking ${POST} security: credential changed: apiKey in header X-API-KEY -> apiKey in header X-Api-Token`,
    ]);
    expect(r.bump).toBe('major');
  });
  it('an apiKey moved from header to query, or bearer turned apiKey, is breaking', () => {
    const moved = run((s) => {
      scheme(s).in = 'query';
    }, guarded());
    expect(moved.changes[0]).toMatchObject({
      kind: 'breaking',
      message: 'credential changed: apiKey in header X-API-KEY -> apiKey in query X-API-KEY',
    });
    const base = guarded();
    base.security = [{ token: [] }];
    const swapped = run((s) => {
      s.components.securitySchemes.token = { type: 'apiKey', in: 'header', name: 'Authorization' };
    }, base);
    expect(lines(swapped)).toEqual(
      ['GET /items/{id}', POST].map(
        (op) => `breaking ${op} security: credential changed: http bearer (JWT) -> apiKey in header Authorization`,
      ),
    );
  });
  it('an operation newly needing a credential is breaking; one no longer needing it non-breaking', () => {
    const open = guarded();
    open.paths['/items/{id}'].get.security = [];
    const closed = run((s) => delete s.paths['/items/{id}'].get.security, open);
    expect(only(closed)).toMatchObject({
      kind: 'breaking',
      where: 'GET /items/{id} security',
      message: 'credential now required: apiKey in header X-API-KEY',
    });
    const opened = run((s) => {
      s.paths['/items/{id}'].get.security = [{}];
    }, guarded());
    expect(only(opened)).toMatchObject({
      kind: 'non-breaking',
      where: 'GET /items/{id} security',
      message: 'credential no longer required (was apiKey in header X-API-KEY)',
    });
  });
  it('another accepted credential beside the old one is non-breaking', () => {
    const r = run((s) => {
      s.paths['/items/{id}'].get.security = [{ key: [] }, { token: [] }];
    }, guarded());
    expect(only(r)).toMatchObject({
      kind: 'non-breaking',
      where: 'GET /items/{id} security',
      message: 'another credential accepted: http bearer (JWT)',
    });
  });
  it('a scheme renamed with an identical definition, or only reworded, is a patch', () => {
    const renamed = run((s) => {
      s.components.securitySchemes.wivApiKey = { ...scheme(s), description: 'reworded' };
      delete s.components.securitySchemes.key;
      s.security = [{ wivApiKey: [] }];
    }, guarded());
    expect(only(renamed)).toMatchObject({
      kind: 'patch',
      where: 'components.securitySchemes',
      message: 'scheme renamed key -> wivApiKey, same definition',
    });
    expect(renamed.bump).toBe('patch');
    const cased = run((s) => {
      scheme(s).name = 'x-api-key';
    }, guarded());
    expect(cased.bump).toBe('patch');
  });
});

describe('diffSpecs: format', () => {
  const q = (s: Spec) => s.paths['/items/{id}'].post.parameters[0].schema;
  const id = (s: Spec) => s.components.schemas.Out.properties.id;
  it('on an input, added or changed is breaking, removed non-breaking', () => {
    expect(only(run((s) => Object.assign(q(s), { format: 'uuid' })))).toMatchObject({
      kind: 'breaking',
      where: `${POST} query parameter q`,
      message: 'format added: none -> uuid',
    });
    const withFormat = small();
    q(withFormat).format = 'uuid';
    expect(only(run((s) => Object.assign(q(s), { format: 'email' }), withFormat))).toMatchObject({
      kind: 'breaking',
      message: 'format changed: uuid -> email',
    });
    expect(only(run((s) => delete q(s).format, withFormat))).toMatchObject({
      kind: 'non-breaking',
      message: 'format removed: uuid',
    });
  });
  it('on a response, changed or removed is breaking, added non-breaking', () => {
    expect(only(run((s) => Object.assign(id(s), { format: 'uuid' })))).toMatchObject({
      kind: 'non-breaking',
      where: `${POST} responses.200.id`,
      message: 'response format added: uuid',
    });
    const withFormat = small();
    id(withFormat).format = 'uuid';
    expect(only(run((s) => Object.assign(id(s), { format: 'uri' }), withFormat))).toMatchObject({
      kind: 'breaking',
      message: 'response format changed: uuid -> uri',
    });
    expect(only(run((s) => delete id(s).format, withFormat))).toMatchObject({
      kind: 'breaking',
      message: 'response format removed: uuid -> none',
    });
  });
});

describe('diffSpecs: additionalProperties', () => {
  const inSchema = (s: Spec) => s.components.schemas.In;
  const withExtra = (value: unknown) => {
    const s = small();
    if (value !== undefined) inSchema(s).additionalProperties = value;
    return s;
  };
  it('on an input, becoming stricter is breaking', () => {
    for (const [before, after, message] of [
      [undefined, false, 'additionalProperties tightened: absent -> false'],
      [true, false, 'additionalProperties tightened: true -> false'],
      [{}, false, 'additionalProperties tightened: {} -> false'],
      [undefined, { type: 'string' }, 'additionalProperties tightened: absent -> a schema'],
      [{ type: 'string' }, false, 'additionalProperties tightened: a schema -> false'],
    ] as const) {
      const r = run((s) => {
        inSchema(s).additionalProperties = after;
      }, withExtra(before));
      expect(only(r)).toMatchObject({ kind: 'breaking', where: `${POST} requestBody`, message });
    }
  });
  it('on an input, becoming looser is non-breaking', () => {
    for (const [before, after, message] of [
      [false, true, 'additionalProperties loosened: false -> true'],
      [false, undefined, 'additionalProperties loosened: false -> absent'],
      [{ type: 'string' }, true, 'additionalProperties loosened: a schema -> true'],
    ] as const) {
      const r = run((s) => {
        if (after === undefined) delete inSchema(s).additionalProperties;
        else inSchema(s).additionalProperties = after;
      }, withExtra(before));
      expect(only(r)).toMatchObject({ kind: 'non-breaking', message });
    }
  });
  it('on a response, any change is non-breaking and says what changed', () => {
    const closed = run((s) => {
      s.components.schemas.Out.additionalProperties = false;
    });
    expect(only(closed)).toMatchObject({
      kind: 'non-breaking',
      where: `${POST} responses.200`,
      message: 'response additionalProperties changed: absent -> false',
    });
    const base = small();
    base.components.schemas.Out.additionalProperties = false;
    expect(
      only(
        run((s) => {
          s.components.schemas.Out.additionalProperties = true;
        }, base),
      ),
    ).toMatchObject({ kind: 'non-breaking', message: 'response additionalProperties changed: false -> true' });
  });
  it('the schema of the extra properties compares like any value', () => {
    const r = run(
      (s) => {
        inSchema(s).additionalProperties = { type: 'integer' };
      },
      withExtra({ type: ['integer', 'string'] }),
    );
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: `${POST} requestBody.*`,
      message: 'type narrowed: no longer accepts string',
    });
  });
});

describe('diffSpecs: nullable, 3.0 and 3.1 spellings', () => {
  const note = (s: Spec) => s.components.schemas.In.properties.note;
  const label = (s: Spec) => s.components.schemas.Out.properties.label;
  it('types() reads null from both spellings', () => {
    expect([...types({ type: 'string', nullable: true })].sort()).toEqual(['null', 'string']);
    expect([...types({ type: ['string', 'null'] })].sort()).toEqual(['null', 'string']);
    expect(types({ type: 'string', nullable: false }).has('null')).toBe(false);
  });
  for (const [spelling, make, unmake] of [
    ['3.0 nullable: true', (x: Spec) => Object.assign(x, { nullable: true }), (x: Spec) => delete x.nullable],
    [
      "3.1 type: [..., 'null']",
      (x: Spec) => Object.assign(x, { type: [x.type, 'null'] }),
      (x: Spec) => Object.assign(x, { type: x.type[0] }),
    ],
  ] as const) {
    it(`an input gaining null is non-breaking, losing it breaking (${spelling})`, () => {
      const gained = run((s) => make(note(s)));
      expect(only(gained)).toMatchObject({
        kind: 'non-breaking',
        where: `${POST} requestBody.note`,
        message: 'input became nullable: null accepted',
      });
      const nullable = small();
      make(note(nullable));
      expect(only(run((s) => unmake(note(s)), nullable))).toMatchObject({
        kind: 'breaking',
        message: 'input no longer nullable: null refused',
      });
    });
    it(`a response gaining null is breaking, losing it non-breaking (${spelling})`, () => {
      expect(only(run((s) => make(label(s))))).toMatchObject({
        kind: 'breaking',
        where: `${POST} responses.200.label`,
        message: 'response value became nullable',
      });
      const nullable = small();
      make(label(nullable));
      expect(only(run((s) => unmake(label(s)), nullable))).toMatchObject({
        kind: 'non-breaking',
        message: 'response value no longer nullable',
      });
    });
  }
  it('a 3.0 nullable on a schema without a type counts too', () => {
    const r = run(
      (s) => {
        s.components.schemas.Out.properties.label = { allOf: [{ type: 'string' }], nullable: true };
      },
      (() => {
        const b = small();
        b.components.schemas.Out.properties.label = { allOf: [{ type: 'string' }] };
        return b;
      })(),
    );
    expect(only(r)).toMatchObject({ kind: 'breaking', message: 'response value became nullable' });
  });
  it('respelling null from 3.0 to 3.1 changes no client type', () => {
    const base = small();
    label(base).nullable = true;
    const r = run((s) => {
      delete label(s).nullable;
      label(s).type = ['string', 'null'];
    }, base);
    expect(only(r)).toMatchObject({ kind: 'patch' });
  });
});

describe('diffSpecs: enums', () => {
  it('a response enum dropped (the value no longer limited) is breaking', () => {
    const r = run((s) => delete s.components.schemas.Out.properties.state.enum);
    expect(only(r)).toMatchObject({
      kind: 'breaking',
      where: `${POST} responses.200.state`,
      message: 'response enum removed: value no longer limited to "on", "off"',
    });
  });
  it('an input enum dropped is non-breaking', () => {
    const r = run((s) => delete s.components.schemas.In.properties.mode.enum);
    expect(only(r)).toMatchObject({
      kind: 'non-breaking',
      where: `${POST} requestBody.mode`,
      message: 'request enum removed: any value accepted (was "a", "b")',
    });
  });
  it('an enum added to a response is non-breaking, to an input breaking', () => {
    expect(
      only(
        run((s) => {
          s.components.schemas.Out.properties.label.enum = ['x'];
        }),
      ),
    ).toMatchObject({ kind: 'non-breaking', message: 'response enum added: values now limited to "x"' });
    expect(
      only(
        run((s) => {
          s.components.schemas.In.properties.note.enum = ['x'];
        }),
      ),
    ).toMatchObject({ kind: 'breaking', message: 'enum restriction added on an input' });
  });
  it('a const compares as an enum of one (a changed response const is breaking)', () => {
    const base = small();
    base.components.schemas.Out.properties.label.const = 'A';
    const r = run((s) => {
      s.components.schemas.Out.properties.label.const = 'B';
    }, base);
    expect(r.changes.map((c) => `${c.kind}: ${c.message}`)).toEqual([
      'breaking: response enum value removed: "A"',
      'non-breaking: response enum widened: exhaustive switches need a new case ("B")',
    ]);
  });
  it('a spec removed altogether is breaking', () => {
    expect(diffSpecs(small(), undefined)).toEqual({
      changes: [{ kind: 'breaking', where: 'spec', message: 'vendor spec removed' }],
      bump: 'major',
    });
  });
});

describe('the packages a change reaches, and the changesets that record it', () => {
  it('a vendor gets its spec bump, msw the highest, the facade the highest when minor or major', () => {
    expect(
      affectedPackages([
        { slug: 'wiv', bump: 'patch' },
        { slug: 'altostrat', bump: 'minor', review: true },
        { slug: 'aitutor', bump: 'none' },
      ]),
    ).toEqual([
      { name: '@workflow-clients/altostrat', required: 'minor', review: true },
      { name: '@workflow-clients/wiv', required: 'patch', review: false },
      { name: '@workflow-clients/msw', required: 'minor', review: false },
      { name: 'workflow-clients', required: 'minor', review: false },
    ]);
  });
  it('a patch-only change reaches msw (it embeds the text) but not the facade', () => {
    expect(affectedPackages([{ slug: 'wiv', bump: 'patch' }])).toEqual([
      { name: '@workflow-clients/wiv', required: 'patch', review: false },
      { name: '@workflow-clients/msw', required: 'patch', review: false },
    ]);
    expect(affectedPackages([{ slug: 'wiv', bump: 'none' }])).toEqual([]);
  });
  it('a package is covered by an added changeset at least its bump, named; never while it waits for review', () => {
    const added = [
      {
        file: '.changeset/x.md',
        releases: [
          { name: 'a', type: 'minor' },
          { name: 'b', type: 'major' },
        ],
      },
      {
        file: '.changeset/y.md',
        releases: [
          { name: 'b', type: 'minor' },
          { name: 'd', type: 'major' },
        ],
      },
    ];
    expect(
      coverage(
        [
          { name: 'a', required: 'major', review: false },
          { name: 'b', required: 'minor', review: false },
          { name: 'c', required: 'patch', review: false },
          { name: 'd', required: 'patch', review: true },
        ],
        added,
      ),
    ).toEqual([
      { name: 'a', required: 'major', recorded: 'minor', changesets: [], review: false, covered: false },
      {
        name: 'b',
        required: 'minor',
        recorded: 'major',
        changesets: ['.changeset/x.md', '.changeset/y.md'],
        review: false,
        covered: true,
      },
      { name: 'c', required: 'patch', recorded: 'none', changesets: [], review: false, covered: false },
      {
        name: 'd',
        required: 'patch',
        recorded: 'major',
        changesets: ['.changeset/y.md'],
        review: true,
        covered: false,
      },
    ]);
  });
  it('reads every .changeset/*.md but the README, with whether it says it classified by hand', () => {
    const source = memory('HEAD', {
      '.changeset/README.md': '# Changesets\n',
      '.changeset/config.json': '{}',
      '.changeset/one.md': changeset({ '@workflow-clients/wiv': 'patch', 'workflow-clients': 'minor' }),
      '.changeset/two.md': `${changeset({ '@workflow-clients/wiv': 'major' })}\nClassified by hand: style form -> deepObject breaks every query.\n`,
      '.changeset/nested/three.md': changeset({ '@workflow-clients/aitutor': 'major' }),
    });
    const read = readChangesets(source);
    expect(read.map((c: { file: string }) => c.file)).toEqual(['.changeset/one.md', '.changeset/two.md']);
    expect(read.map((c: { classifiedByHand: boolean }) => c.classifiedByHand)).toEqual([false, true]);
  });
  it('only changesets added since the base record a change: new files, and releases raised in an edited one', () => {
    const wiv = '@workflow-clients/wiv';
    const before = readChangesets(
      memory('main', {
        '.changeset/old.md': changeset({ [wiv]: 'major', '@workflow-clients/msw': 'major' }),
        '.changeset/edited.md': changeset({ [wiv]: 'patch' }),
      }),
    );
    const after = readChangesets(
      memory('feature', {
        '.changeset/old.md': changeset({ [wiv]: 'major', '@workflow-clients/msw': 'major' }),
        '.changeset/edited.md': changeset({ [wiv]: 'minor', 'workflow-clients': 'patch' }),
        '.changeset/new.md': changeset({ '@workflow-clients/aitutor': 'patch' }),
      }),
    );
    expect(addedChangesets(before, after)).toEqual([
      {
        file: '.changeset/edited.md',
        releases: [
          { name: wiv, type: 'minor' },
          { name: 'workflow-clients', type: 'patch' },
        ],
        classifiedByHand: false,
      },
      {
        file: '.changeset/new.md',
        releases: [{ name: '@workflow-clients/aitutor', type: 'patch' }],
        classifiedByHand: false,
      },
    ]);
  });
  it('a review is settled only by an added changeset for the vendor that says it classified by hand', () => {
    const spec = { slug: 'wiv', bump: 'minor', review: true };
    const named = { file: '.changeset/a.md', releases: [{ name: '@workflow-clients/wiv', type: 'major' }] };
    expect(settleReviews([spec], [{ ...named, classifiedByHand: false }])).toEqual([spec]);
    expect(
      settleReviews(
        [spec],
        [{ ...named, releases: [{ name: '@workflow-clients/msw', type: 'major' }], classifiedByHand: true }],
      ),
    ).toEqual([spec]);
    expect(settleReviews([spec], [{ ...named, classifiedByHand: true }])).toEqual([
      { slug: 'wiv', bump: 'major', review: false, classifiedIn: ['.changeset/a.md'] },
    ]);
    // The person's verdict raises the spec's bump, never lowers it below what the classifier found.
    const patch = { ...named, releases: [{ name: '@workflow-clients/wiv', type: 'patch' }], classifiedByHand: true };
    expect(settleReviews([spec], [patch])[0]).toMatchObject({ bump: 'minor', review: false });
  });
  it('names the changeset it cannot read', () => {
    const source = memory('HEAD', { '.changeset/bad.md': '---\n"@workflow-clients/wiv": [\n---\n\nx\n' });
    expect(() => readChangesets(source)).toThrow(/\.changeset\/bad\.md/);
  });
});

// Real vendor changes, replayed on the real specs: the verdict, the packages, and the gate.
describe('replayed vendor changes on the specs under specs/', () => {
  function replay({ slug, older, change }: VendorChange, pending?: Record<string, string>) {
    const file = `specs/${slug}/openapi.yaml`;
    const before = parse(readFileSync(join(root, file), 'utf8'));
    older?.(before);
    const after = structuredClone(before);
    change(after);
    const head: Record<string, string> = { [file]: stringify(after) };
    if (pending) head['.changeset/vendor-change.md'] = changeset(pending);
    return compare(memory('main', { [file]: stringify(before) }), memory('feature', head)) as Result;
  }
  const required = (r: Result) => Object.fromEntries(r.packages.map((p) => [p.name, p.required]));
  // The gate fails without a changeset and with one a step too small, and passes with the
  // exact lines it asks for.
  function gate(vendorChange: VendorChange, r: Result) {
    expect(r.ok).toBe(false);
    expect(r.packages.every((p) => !p.covered)).toBe(true);
    const asked = required(r);
    expect(missingLines(r)).toEqual(Object.entries(asked).map(([name, bump]) => `"${name}": ${bump}`));
    const smaller: Record<string, string> = { major: 'minor', minor: 'patch', patch: 'none' };
    const short = replay(vendorChange, Object.fromEntries(Object.entries(asked).map(([n, b]) => [n, smaller[b]!])));
    expect(short.ok).toBe(false);
    const covered = replay(vendorChange, asked);
    expect(covered.ok).toBe(true);
    expect(covered.packages.every((p) => p.covered)).toBe(true);
  }
  it('(a) Altostrat adds an optional body field and an optional query parameter: minor', () => {
    const vendorChange = vendorChanges.altostratAddsOptionals;
    const r = replay(vendorChange);
    expect(r.specs).toHaveLength(1);
    expect(r.specs[0]).toMatchObject({ slug: 'altostrat', file: 'specs/altostrat/openapi.yaml', bump: 'minor' });
    expect(lines(r.specs[0]!)).toEqual([
      `non-breaking ${OP} query parameter dry_run: optional parameter added`,
      `non-breaking ${OP} requestBody.priority: optional request-body property added`,
    ]);
    expect(required(r)).toEqual({
      '@workflow-clients/altostrat': 'minor',
      '@workflow-clients/msw': 'minor',
      'workflow-clients': 'minor',
    });
    gate(vendorChange, r);
  });

  it('(b) Embed Workflow renames a request-body field: major', () => {
    const body = (s: Spec) => s.components.schemas.ExecuteWorkflowRequest;
    const { change: rename } = vendorChanges.embedWorkflowRenamesField;
    const r = replay({ slug: 'embedworkflow', change: rename });
    expect(r.specs[0]!.bump).toBe('major');
    expect(lines(r.specs[0]!)).toEqual([
      'breaking POST /workflows/{id}/execute requestBody.user_key: request-body property removed',
      'non-breaking POST /workflows/{id}/execute requestBody.user_id: optional request-body property added',
    ]);
    expect(required(r)).toEqual({
      '@workflow-clients/embedworkflow': 'major',
      '@workflow-clients/msw': 'major',
      'workflow-clients': 'major',
    });
    gate({ slug: 'embedworkflow', change: rename }, r);
    const renameRequired = replay({
      slug: 'embedworkflow',
      older: (s) => {
        body(s).required = ['user_key'];
      },
      change: (s) => {
        rename(s);
        body(s).required = ['user_id'];
      },
    });
    expect(lines(renameRequired.specs[0]!)).toContain(
      'breaking POST /workflows/{id}/execute requestBody.user_id: new required request-body property',
    );
  });

  it('(c) Interactly adds on_hold to its run status: minor, flagged for exhaustive switches', () => {
    const vendorChange = vendorChanges.interactlyAddsStatus;
    const r = replay(vendorChange);
    const spec = r.specs[0]!;
    expect(spec.bump).toBe('minor');
    expect(spec.changes.length).toBeGreaterThanOrEqual(2);
    for (const c of spec.changes)
      expect(c).toMatchObject({
        kind: 'non-breaking',
        message: 'response enum widened: exhaustive switches need a new case ("on_hold")',
      });
    expect(spec.changes[0]!.where).toBe('POST /workflows/v1/workflows/{workflow_id}/execute responses.200.status');
    expect(required(r)).toEqual({
      '@workflow-clients/interactly': 'minor',
      '@workflow-clients/msw': 'minor',
      'workflow-clients': 'minor',
    });
    gate(vendorChange, r);
  });

  it('(d) Wiv drops an error status: major', () => {
    const vendorChange = vendorChanges.wivDropsStatus;
    const r = replay(vendorChange);
    expect(lines(r.specs[0]!)).toEqual([
      'breaking POST /workflows/{workflow_id}/run responses.403: response status removed',
    ]);
    expect(required(r)).toEqual({
      '@workflow-clients/wiv': 'major',
      '@workflow-clients/msw': 'major',
      'workflow-clients': 'major',
    });
    gate(vendorChange, r);
  });

  it('(e) AI Tutor renames its x-ratelimit-* response headers: major', () => {
    const { change: rename } = vendorChanges.aiTutorRenamesHeaders;
    const r = replay({ slug: 'aitutor', change: rename });
    const found = lines(r.specs[0]!);
    expect(r.specs[0]!.bump).toBe('major');
    expect(found).toEqual(
      expect.arrayContaining([
        'breaking POST /api/v1/run/{workflow_id} responses.200 header x-ratelimit-limit: response header removed',
        'breaking POST /api/v1/run/{workflow_id} responses.200 header x-ratelimit-remaining: response header removed',
        'non-breaking POST /api/v1/run/{workflow_id} responses.200 header ratelimit-limit: response header added',
        'breaking POST /api/v1/run/{workflow_id} responses.429 header x-ratelimit-limit: response header removed',
      ]),
    );
    // Nothing but the headers: each rename is one removal and one addition.
    expect(
      found.every((l) => / header (x-)?ratelimit-(limit|remaining): response header (removed|added)$/.test(l)),
    ).toBe(true);
    expect(found.filter((l) => l.startsWith('breaking')).length).toBe(found.length / 2);
    expect(required(r)).toEqual({
      '@workflow-clients/aitutor': 'major',
      '@workflow-clients/msw': 'major',
      'workflow-clients': 'major',
    });
    gate({ slug: 'aitutor', change: rename }, r);
  });

  it("(f) Wiv renames its security scheme's header: major", () => {
    const vendorChange: VendorChange = {
      slug: 'wiv',
      change: (s) => {
        s.components.securitySchemes.wivApiKey.name = 'X-Api-Token';
      },
    };
    const r = replay(vendorChange);
    expect(lines(r.specs[0]!)).toEqual([
      'breaking POST /workflows/{workflow_id}/run security: credential changed: apiKey in header X-API-KEY -> apiKey in header X-Api-Token',
    ]);
    expect(required(r)).toEqual({
      '@workflow-clients/wiv': 'major',
      '@workflow-clients/msw': 'major',
      'workflow-clients': 'major',
    });
    gate(vendorChange, r);
  });
});

// The kinds of change a trial replayed that no test rehearsed, each over every vendor it applies
// to: the verdict a typed client's user would give it, and the gate, which holds until a
// changeset added on the branch records the change (and, for a review, says it was classified by
// hand), however many changesets are pending already.
describe('each kind of vendor change, on every spec it applies to: the verdict and the gate', () => {
  const slugs = readdirSync(join(root, 'specs')).filter((slug) => !slug.startsWith('.'));
  const load = (slug: string): Spec => parse(readFileSync(join(root, 'specs', slug, 'openapi.yaml'), 'utf8'));
  const operationsOf = (spec: Spec) =>
    Object.values<Spec>(spec.paths).flatMap((item) =>
      ['get', 'put', 'post', 'delete', 'patch'].filter((m) => item[m]).map((m) => ({ item, op: item[m] })),
    );
  const parametersOf = (spec: Spec) =>
    operationsOf(spec).flatMap(({ item, op }) =>
      [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Spec) => follow(spec, p)),
    );
  const jsonBodies = (spec: Spec) =>
    operationsOf(spec)
      .map(({ op }) => follow(spec, op.requestBody)?.content)
      .filter((content) => content?.['application/json']);
  const responseEnums = (spec: Spec) =>
    Object.values<Spec>(spec.components?.schemas ?? {}).filter(
      (schema) => Array.isArray(schema.enum) && schema.enum.length > 1,
    );

  interface Kind {
    /** Whether the spec has what the change acts on; false skips the vendor. */
    applies(spec: Spec): boolean;
    change(spec: Spec): void;
    verdict: string;
    bump: string;
  }
  const kinds: Record<string, Kind> = {
    'the default host moves': {
      applies: () => true,
      change: (s) => {
        s.servers[0].url = 'https://moved.example.com';
      },
      verdict: 'server moved',
      bump: 'patch',
    },
    'a request body moves from JSON to form-encoded': {
      applies: (s) => jsonBodies(s).length > 0,
      change: (s) => {
        for (const content of jsonBodies(s)) {
          content['application/x-www-form-urlencoded'] = content['application/json'];
          delete content['application/json'];
        }
      },
      verdict: 'breaking',
      bump: 'major',
    },
    'the credential moves to a header of its own (x-vendor-key)': {
      applies: () => true,
      change: (s) => {
        s.components.securitySchemes[Object.keys(s.security[0])[0]!] = {
          type: 'apiKey',
          in: 'header',
          name: 'x-vendor-key',
        };
      },
      verdict: 'breaking',
      bump: 'major',
    },
    'a default (a listing page size, a token lifetime) changes': {
      applies: (s) => parametersOf(s).some((p) => follow(s, p.schema)?.default !== undefined),
      change: (s) => {
        for (const p of parametersOf(s))
          if (follow(s, p.schema)?.default !== undefined) follow(s, p.schema).default = 20;
      },
      verdict: 'non-breaking',
      bump: 'minor',
    },
    'a path id pattern is made lower-case only': {
      applies: (s) => parametersOf(s).some((p) => p.in === 'path' && follow(s, p.schema)?.pattern),
      change: (s) => {
        for (const p of parametersOf(s))
          if (p.in === 'path' && follow(s, p.schema)?.pattern) follow(s, p.schema).pattern = '^[a-z0-9_]+$';
      },
      verdict: 'review',
      bump: 'major',
    },
    'a path id gains a pattern': {
      applies: (s) => parametersOf(s).some((p) => p.in === 'path' && !follow(s, p.schema)?.pattern),
      change: (s) => {
        for (const p of parametersOf(s))
          if (p.in === 'path' && !follow(s, p.schema)?.pattern) follow(s, p.schema).pattern = '^[a-z0-9_]+$';
      },
      verdict: 'breaking',
      bump: 'major',
    },
    'an enum loses a value': {
      applies: (s) => responseEnums(s).length > 0,
      change: (s) => {
        for (const schema of responseEnums(s)) schema.enum.pop();
      },
      verdict: 'breaking',
      bump: 'major',
    },
    'a query parameter is serialized another way': {
      applies: (s) => parametersOf(s).some((p) => p.in === 'query'),
      change: (s) => {
        for (const p of parametersOf(s)) if (p.in === 'query') p.explode = false;
      },
      verdict: 'review',
      bump: 'patch',
    },
    'a request property becomes readOnly': {
      applies: (s) => jsonBodies(s).some((c) => follow(s, c['application/json'].schema)?.properties),
      change: (s) => {
        for (const content of jsonBodies(s)) {
          const schema = follow(s, content['application/json'].schema);
          const [first] = Object.keys(schema?.properties ?? {});
          if (first) follow(s, schema.properties[first]).readOnly = true;
        }
      },
      verdict: 'review',
      bump: 'patch',
    },
  };

  // Many changesets pending on main already, majors for every package among them.
  const pendingOnMain = Object.fromEntries(
    Array.from({ length: 12 }, (_, n) => [
      `.changeset/pending-${n}.md`,
      changeset(
        Object.fromEntries(
          [...slugs.map((slug) => `@workflow-clients/${slug}`), '@workflow-clients/msw', 'workflow-clients'].map(
            (name) => [name, 'major'],
          ),
        ),
      ),
    ]),
  );

  const cases = Object.entries(kinds).flatMap(([name, kind]) =>
    slugs.filter((slug) => kind.applies(load(slug))).map((slug) => [name, slug, kind] as const),
  );
  it('every kind applies to at least one vendor, and the cases cover every vendor', () => {
    for (const name of Object.keys(kinds))
      expect(
        cases.some(([n]) => n === name),
        name,
      ).toBe(true);
    expect(new Set(cases.map(([, slug]) => slug))).toEqual(new Set(slugs));
  });
  it.each(cases)('%s (%s)', (_, slug, kind) => {
    const file = `specs/${slug}/openapi.yaml`;
    const before = load(slug);
    const after = load(slug);
    kind.change(after);
    const base = memory('main', { [file]: stringify(before), ...pendingOnMain });
    const gated = (added: Record<string, string> = {}) =>
      compare(base, memory('feature', { [file]: stringify(after), ...pendingOnMain, ...added })) as Result & {
        specs: { review: boolean }[];
      };
    const unrecorded = gated();
    const [spec] = unrecorded.specs;
    expect(spec!.changes.map((c) => c.kind)).toContain(kind.verdict);
    if (kind.verdict === 'review') expect(spec!.review).toBe(true);
    else expect(spec!.bump).toBe(kind.bump);
    // Twelve pending majors on main record nothing of this change.
    expect(unrecorded.ok).toBe(false);
    const asked = Object.fromEntries(unrecorded.packages.map((p) => [p.name, p.required]));
    if (kind.verdict === 'review') {
      // Its bump is the person's: without the line, even a major does not settle it.
      // A person's major reaches the facade too, as any major does.
      const major = Object.fromEntries([...Object.keys(asked), 'workflow-clients'].map((n) => [n, 'major']));
      expect(gated({ '.changeset/this-change.md': changeset(major) }).ok).toBe(false);
      const settled = gated({
        '.changeset/this-change.md': changeset(
          major,
          `The change.\n\nClassified by hand: ${kind.bump === 'major' ? 'major' : 'major, to be safe'}.`,
        ),
      });
      expect(settled.ok).toBe(true);
    } else expect(gated({ '.changeset/this-change.md': changeset(asked) }).ok).toBe(true);
  });
});

describe('spec-diff CLI on a temporary git repository', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  const script = join(import.meta.dirname, 'spec-diff.mjs');
  // A repository holding small() as specs/demo, committed on `branch`.
  function repo(branch = 'main') {
    const dir = mkdtempSync(join(tmpdir(), 'wc-specdiff-'));
    made.push(dir);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], {
        cwd: dir,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    const commit = (message: string) => {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    };
    const cli = (...args: string[]) => spawnSync('node', [script, ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', branch);
    write('specs/demo/openapi.yaml', stringify(small()));
    commit('spec');
    return { dir, git, write, commit, cli };
  }
  // A new required query parameter: breaking, so demo, msw and the facade each need a major.
  const breaking = () => {
    const s = small();
    s.paths['/items/{id}'].post.parameters.push({ name: 'x', in: 'query', required: true, schema: { type: 'string' } });
    return stringify(s);
  };
  const MAJOR = { '@workflow-clients/demo': 'major', '@workflow-clients/msw': 'major', 'workflow-clients': 'major' };

  it('classifies an edited spec against the ref, reports a new vendor, and rejects a bad ref', () => {
    const { cli, write, git, commit } = repo();
    const edited = small();
    edited.components.schemas.Out.properties.state.enum.push('paused');
    edited.paths['/items/{id}'].post.parameters.push({
      name: 'x',
      in: 'query',
      required: true,
      schema: { type: 'string' },
    });
    write('specs/demo/openapi.yaml', stringify(edited));
    write('specs/fresh/openapi.yaml', stringify(small()));

    for (const args of [['HEAD'], []]) {
      // explicit ref, and the default (merge base == HEAD -> HEAD)
      const r = cli(...args);
      expect(r.status).toBe(1);
      expect(r.stdout.trim().split('\n')).toEqual([
        '@workflow-clients/demo (specs/demo/openapi.yaml): major',
        '  breaking     POST /items/{id} query parameter x: new required parameter',
        '  non-breaking POST /items/{id} responses.200.state: response enum widened: exhaustive switches need a new case ("paused")',
        '@workflow-clients/fresh (specs/fresh/openapi.yaml): minor',
        '  non-breaking spec: new vendor spec',
        '',
        'Packages to release, between HEAD and the working tree (the bump each needs, and where it is recorded):',
        '  ❌ "@workflow-clients/demo": major   no changeset added since the base names it',
        '  ❌ "@workflow-clients/fresh": minor  no changeset added since the base names it',
        '  ❌ "@workflow-clients/msw": major    no changeset added since the base names it',
        '  ❌ "workflow-clients": major         no changeset added since the base names it',
      ]);
    }
    // On a branch with the edits committed, the default base is the merge base with main.
    git('checkout', '-q', '-b', 'feature');
    commit('edit');
    const onBranch = cli();
    expect(onBranch.status).toBe(1);
    expect(onBranch.stdout).toContain('@workflow-clients/demo (specs/demo/openapi.yaml): major');
    expect(onBranch.stdout).toContain('@workflow-clients/fresh (specs/fresh/openapi.yaml): minor');
    expect(onBranch.stdout).toMatch(/Packages to release, between [0-9a-f]{7,} and the working tree/);
    const clean = cli('HEAD');
    expect(clean.status).toBe(0);
    expect(clean.stdout.trim()).toBe('No spec changes between HEAD and the working tree.');
    const bad = cli('no-such-ref');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('invalid git ref "no-such-ref"');
    expect(cli('--head', 'no-such-head').stderr).toContain('invalid git ref "no-such-head"');
    // A ref that git would read as one of its own options is refused, not passed on.
    const option = cli('--base=--output=x');
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('invalid git ref "--output=x"');
  });

  it('reads both sides from git with --head, the same way round from whichever branch', () => {
    const { cli, write, git, commit } = repo();
    git('checkout', '-q', '-b', 'feature');
    const changed = small();
    delete changed.components.schemas.Out.properties.label;
    changed.paths['/items/{id}'].get = { responses: { '200': { description: 'ok' } } };
    write('specs/demo/openapi.yaml', stringify(changed));
    commit('feature');
    git('checkout', '-q', 'main');
    // An uncommitted edit on main, which a --head ref must not see.
    write('specs/demo/openapi.yaml', breaking());
    const forward = [
      '  breaking     POST /items/{id} responses.200.label: response property removed',
      '  non-breaking GET /items/{id}: operation added',
    ];
    const backward = [
      '  breaking     GET /items/{id}: operation removed',
      '  non-breaking POST /items/{id} responses.200.label: response property added',
    ];
    const changes = (r: { stdout: string }) => r.stdout.split('\n').filter((l) => /^ {2}(non-)?breaking/.test(l));
    for (const args of [
      ['--base', 'main', '--head', 'feature'],
      ['main', 'feature'],
      ['--head', 'feature'],
    ])
      expect(changes(cli(...args))).toEqual(forward);
    expect(changes(cli('--base', 'feature', '--head', 'main'))).toEqual(backward);
    git('checkout', '-q', '-f', 'feature');
    expect(changes(cli('--base', 'main', '--head', 'feature'))).toEqual(forward);
    expect(changes(cli('--base', 'feature', '--head', 'main'))).toEqual(backward);
  });

  it('tolerates a `--`, prints --help, and refuses unknown flags and contradictions with usage', () => {
    const { cli } = repo();
    for (const args of [['--', 'HEAD'], ['--'], ['--', '--base', 'HEAD']]) {
      const r = cli(...args);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe('No spec changes between HEAD and the working tree.');
    }
    expect(JSON.parse(cli('--', '--json').stdout)).toMatchObject({ base: 'HEAD', ok: true });
    for (const flag of ['--help', '-h']) {
      const help = cli(flag);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: pnpm spec:diff \[--base <ref>\] \[--head <ref>\] \[--markdown \| --json\]/);
      expect(help.stdout).toContain('--head <ref>');
    }
    const unknown = cli('--frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('spec:diff: unknown option --frobnicate');
    expect(unknown.stderr).toContain('Usage: pnpm spec:diff');
    expect(unknown.stdout).toBe('');
    for (const args of [['--json', '--markdown'], ['HEAD', '--base', 'HEAD'], ['a', 'b', 'c'], ['--base']]) {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Usage: pnpm spec:diff');
    }
  });

  it('prints --json as the documented object, and --markdown with both tables', () => {
    const { cli, write } = repo();
    write('specs/demo/openapi.yaml', breaking());
    const json = cli('--json');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      base: 'HEAD',
      head: 'working tree',
      specs: [
        {
          slug: 'demo',
          file: 'specs/demo/openapi.yaml',
          bump: 'major',
          review: false,
          changes: [
            { kind: 'breaking', where: 'POST /items/{id} query parameter x', message: 'new required parameter' },
          ],
        },
      ],
      packages: Object.entries(MAJOR).map(([name, required]) => ({
        name,
        required,
        recorded: 'none',
        changesets: [],
        review: false,
        covered: false,
      })),
      ok: false,
    });
    const markdown = cli('--markdown');
    expect(markdown.status).toBe(1);
    expect(markdown.stdout.trim().split('\n')).toEqual([
      '## Spec changes between `HEAD` and the working tree',
      '',
      '### `@workflow-clients/demo`: major',
      '',
      '`specs/demo/openapi.yaml`',
      '',
      '❌ no changeset added since the base names it',
      '',
      '| verdict | where | change |',
      '| --- | --- | --- |',
      '| breaking | `POST /items/{id} query parameter x` | new required parameter |',
      '',
      '### Affected packages',
      '',
      '| package | required | recorded | changesets | covered |',
      '| --- | --- | --- | --- | --- |',
      '| `@workflow-clients/demo` | major | none | none | ❌ |',
      '| `@workflow-clients/msw` | major | none | none | ❌ |',
      '| `workflow-clients` | major | none | none | ❌ |',
      '',
      'A changeset with these lines covers what is missing (`pnpm changeset`):',
      '',
      '```md',
      '---',
      '"@workflow-clients/demo": major',
      '"@workflow-clients/msw": major',
      '"workflow-clients": major',
      '---',
      '```',
    ]);
  });

  it('gates: fails until a changeset asks for every affected package at the bump it needs', () => {
    const { cli, write, git, commit } = repo();
    git('checkout', '-q', '-b', 'feature');
    write('specs/demo/openapi.yaml', breaking());
    write('.changeset/README.md', '# Changesets\n');
    commit('breaking change, no changeset');
    const none = cli();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no changeset added since the base records these packages');
    for (const line of [
      '"@workflow-clients/demo": major',
      '"@workflow-clients/msw": major',
      '"workflow-clients": major',
    ])
      expect(none.stderr).toContain(line);
    expect(none.stderr).toContain('pnpm changeset');
    write('.changeset/too-small.md', changeset({ ...MAJOR, '@workflow-clients/demo': 'minor' }));
    const tooSmall = cli();
    expect(tooSmall.status).toBe(1);
    expect(tooSmall.stderr).toContain('"@workflow-clients/demo": major');
    expect(tooSmall.stderr).not.toContain('"@workflow-clients/msw": major');
    expect(tooSmall.stdout).toContain('❌ "@workflow-clients/demo": major  the changesets added ask for minor only');
    write('.changeset/enough.md', changeset(MAJOR));
    const covered = cli();
    expect(covered.status).toBe(0);
    expect(covered.stderr).toBe('');
    expect(covered.stdout).toContain(
      '✅ "@workflow-clients/msw": major   recorded in .changeset/enough.md, .changeset/too-small.md',
    );
    expect(covered.stdout).toContain(
      '✅ "workflow-clients": major        recorded in .changeset/enough.md, .changeset/too-small.md',
    );
    expect(covered.stdout).toContain('✅ "@workflow-clients/demo": major  recorded in .changeset/enough.md');
    // With a head commit, the changesets are that commit's, not the working tree's.
    expect(cli('--head', 'HEAD').status).toBe(1);
    commit('changeset');
    expect(cli('--head', 'HEAD').status).toBe(0);
  });

  it('on a main with many pending changesets, only a changeset added on the branch records the change', () => {
    const { cli, write, git, commit } = repo();
    // Pending on main: majors for every package the change will reach, and more.
    for (let n = 0; n < 12; n++)
      write(`.changeset/pending-${n}.md`, changeset({ ...MAJOR, '@workflow-clients/wiv': 'major' }));
    commit('pending changesets');
    git('checkout', '-q', '-b', 'feature');
    const minor = small();
    minor.paths['/items/{id}'].post.parameters.push({ name: 'y', in: 'query', schema: { type: 'string' } });
    write('specs/demo/openapi.yaml', stringify(minor));
    commit('a minor spec change, no changeset of its own');
    const unrecorded = cli();
    expect(unrecorded.status).toBe(1);
    expect(unrecorded.stdout).toContain(
      '❌ "@workflow-clients/demo": minor  no changeset added since the base names it',
    );
    // Raising an old changeset for the package records it as well as a new file does.
    write('.changeset/pending-3.md', changeset({ ...MAJOR }, 'A change, and the new query parameter y.'));
    expect(cli().status).toBe(1);
    write(
      '.changeset/query-y.md',
      changeset({ '@workflow-clients/demo': 'minor', '@workflow-clients/msw': 'minor', 'workflow-clients': 'minor' }),
    );
    const recorded = cli('--markdown');
    expect(recorded.status).toBe(0);
    expect(recorded.stdout).toContain('✅ recorded in `.changeset/query-y.md`');
    expect(recorded.stdout).toContain('| `@workflow-clients/demo` | minor | minor | `.changeset/query-y.md` | ✅ |');
  });

  it('a change the classifier does not model holds the gate until a changeset says it was classified by hand', () => {
    const { cli, write, git, commit } = repo();
    git('checkout', '-q', '-b', 'feature');
    const styled = small();
    Object.assign(styled.paths['/items/{id}'].post.parameters[0], { style: 'pipeDelimited' });
    write('specs/demo/openapi.yaml', stringify(styled));
    commit('a style change');
    const held = cli();
    expect(held.status).toBe(1);
    expect(held.stdout).toContain('@workflow-clients/demo (specs/demo/openapi.yaml): review');
    expect(held.stdout).toContain(
      '  review       POST /items/{id} query parameter q: `style` changed: not a change this classifier knows, classify it by hand',
    );
    expect(held.stderr).toContain('has changes to classify by hand');
    // A patch changeset alone is not a verdict: it could be hiding a break.
    const patch = { '@workflow-clients/demo': 'patch', '@workflow-clients/msw': 'patch' };
    write('.changeset/style.md', changeset(patch));
    expect(cli().status).toBe(1);
    write(
      '.changeset/style.md',
      changeset(
        { ...MAJOR },
        'Queries are sent pipe-delimited.\n\nClassified by hand: major, every list in the query is sent another way.',
      ),
    );
    const settled = cli();
    expect(settled.status).toBe(0);
    expect(settled.stdout).toContain(
      '@workflow-clients/demo (specs/demo/openapi.yaml): major (classified by hand in .changeset/style.md)',
    );
  });

  it('without a main branch, compares with HEAD and says so', () => {
    const { cli, write } = repo('trunk');
    write('specs/demo/openapi.yaml', breaking());
    const r = cli();
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'spec:diff: no `main` branch, so the base is HEAD (pass --base to choose one)',
    );
    expect(r.stdout).toContain('Packages to release, between HEAD and the working tree');
  });
});
