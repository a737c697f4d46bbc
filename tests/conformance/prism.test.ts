import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkflowApiError, type RegisteredVendor, vendors } from 'workflow-clients';
import { operationClient } from '../support/clients.js';
import { describeOperation, type OperationCase, operationCases } from '../support/operations.js';
import { type PrismServer, startPrism } from '../support/prism-server.js';
import { vendorCases } from '../support/vendor-cases.js';
import { conformanceReport, type Exchange, exchangesOf, recordingFetch } from './prism-exchanges.js';

// Every operation each provider calls, against Prism's mock of the spec it was generated from.
// Our own mock reads the specs the way our generator does; Prism reads them its own way, so
// this catches what a shared misreading would hide. A request Prism refuses means a client
// broke its own spec; in dynamic mode Prism answers with random data the schemas allow, and a
// refusal of that means the client's answer checks are stricter than its spec. Both fail here
// with everything needed to tell the two apart.

const specsDir = join(import.meta.dirname, '../../specs');

const modes = [
  { name: 'static', headers: undefined },
  { name: 'dynamic', headers: { Prefer: 'dynamic=true' } },
] as const;
type Mode = (typeof modes)[number];

let prisms: Partial<Record<RegisteredVendor, PrismServer>> = {};

beforeAll(async () => {
  const started = await Promise.allSettled(
    vendors.map(async (vendor) => [vendor, await startPrism(join(specsDir, vendor, 'openapi.yaml'))] as const),
  );
  prisms = Object.fromEntries(started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])));
  const failed = started.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
  if (failed.length) throw new Error(failed.join('\n\n'));
}, 120_000);

afterAll(async () => {
  await Promise.all(Object.values(prisms).map((prism) => prism.stop()));
});

interface Attempt {
  outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  exchanges: Exchange[];
  report(): Promise<string>;
}

async function attempt(operation: OperationCase, mode: Mode, work: OperationCase['call']): Promise<Attempt> {
  const prism = prisms[operation.vendor];
  if (!prism) throw new Error(`no Prism for ${operation.vendor}: see beforeAll's error`);
  const { exchanges, fetch } = recordingFetch();
  const client = operationClient(operation.vendor, {
    apiKey: vendorCases[operation.vendor].apiKey,
    baseUrl: prism.url,
    maxRetries: 0,
    fetch,
    ...(mode.headers && { headers: mode.headers }),
  });
  const mark = prism.mark();
  const outcome = await work(client).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return {
    outcome,
    exchanges,
    report: async () =>
      conformanceReport(
        `${describeOperation(operation)}, ${mode.name} mode, against ${prism.spec}`,
        outcome,
        exchanges,
        await prism.linesSince(mark),
      ),
  };
}

/**
 * What Prism objected to: an exchange answered other than 2xx or carrying violations (with
 * `--errors`, warnings still come back as 2xx), or the operation never reached.
 */
function objections(operation: OperationCase, exchanges: Exchange[]): string[] {
  const found = exchanges
    .filter((exchange) => exchange.status < 200 || exchange.status >= 300 || exchange.violations !== null)
    .map(
      (exchange) =>
        `Prism answered ${exchange.method} ${exchange.url} with ${exchange.status}, violations: ${exchange.violations ?? '(none)'}.`,
    );
  if (exchangesOf(exchanges, operation.vendor, operation.operationId).length === 0)
    found.push(`${operation.operationId} was never reached.`);
  return found;
}

/** The call succeeded, reached its operation, and Prism found nothing wrong on either side. */
async function expectConformant(operation: OperationCase, { outcome, exchanges, report }: Attempt) {
  const found = objections(operation, exchanges);
  if (outcome.ok && found.length === 0) return;
  expect.fail(`${await report()}\n${found.join('\n')}`);
}

// Where each listing's page says which page it is. Random data numbers the page at random, and
// a listing that is asked for page 1 and handed page 7 stops with `unexpected_response`: a real
// server doing that ignored the page parameter, and following it could loop. That refusal is
// the listing's documented behaviour (core's client/paginate.ts, beside the repeated-page rule) and it
// comes after the page passed its answer check, so dynamic mode expects exactly that refusal
// instead of calling it a failure. A repeated page cannot happen on the first page alone, which
// is all dynamic mode reads: random `links.next` and page counts would otherwise let a walk run
// as long as the generator likes.
const pageNumberOf: Partial<Record<RegisteredVendor, (page: Record<string, unknown>) => unknown>> = {
  interactly: (page) => page.page,
  altostrat: (page) => (page.meta as Record<string, unknown> | undefined)?.current_page,
};

async function expectFirstPage(operation: OperationCase, result: Attempt) {
  const numberOf = pageNumberOf[operation.vendor];
  if (!numberOf) throw new Error(`no page number reader for ${operation.vendor}'s listing`);
  const [first] = exchangesOf(result.exchanges, operation.vendor, operation.operationId);
  let answered: unknown;
  try {
    answered = first && numberOf(JSON.parse(first.answer));
  } catch {}
  if (answered === undefined || answered === 1) return expectConformant(operation, result);
  const { outcome } = result;
  const refused =
    !outcome.ok &&
    isWorkflowApiError(outcome.error) &&
    outcome.error.code === 'unexpected_response' &&
    outcome.error.message.includes(`page ${String(answered)} when page 1 was asked for`);
  const found = objections(operation, result.exchanges);
  if (!refused)
    found.push(
      `Prism answered page ${String(answered)} to a request for page 1: the listing should have stopped with unexpected_response naming both.`,
    );
  if (found.length) expect.fail(`${await result.report()}\n${found.join('\n')}`);
}

// Where each vendor's answer to reading a run names the run. Random data names a random run,
// and a client that asked for one run and is told about another refuses the answer with
// `unexpected_response` (a server that mixes runs up must not be followed as if it had answered
// about this one): dynamic mode expects exactly that refusal.
const runIdOf: Partial<Record<RegisteredVendor, (run: Record<string, unknown>) => unknown>> = {
  interactly: (run) => run.run_id,
  embedworkflow: (run) => run.id,
  altostrat: (run) => run.id,
};

async function expectRunRead(operation: OperationCase, result: Attempt) {
  const idOf = runIdOf[operation.vendor];
  if (!idOf) throw new Error(`no run id reader for ${operation.vendor}'s read of a run`);
  const [read] = exchangesOf(result.exchanges, operation.vendor, operation.operationId);
  const asked = read && decodeURIComponent(new URL(read.url).pathname.split('/').at(-1) ?? '');
  let answered: unknown;
  try {
    answered = read && idOf(JSON.parse(read.answer));
  } catch {}
  if (typeof answered !== 'string' || answered === asked) return expectConformant(operation, result);
  const { outcome } = result;
  const refused =
    !outcome.ok &&
    isWorkflowApiError(outcome.error) &&
    outcome.error.code === 'unexpected_response' &&
    outcome.error.message.includes(`when run ${JSON.stringify(asked)} was asked for`);
  const found = objections(operation, result.exchanges);
  if (!refused)
    found.push(`Prism answered about run ${answered} to a read of run ${asked}: the read should have been refused.`);
  if (found.length) expect.fail(`${await result.report()}\n${found.join('\n')}`);
}

// AI Tutor's stream: Prism sends the text/plain example (or random text) as one ordinary body,
// so nothing here arrives in chunks over time (bounded-waits covers that). What it does
// exercise: the token request with the secret key, the stream request with the token alone and
// the body, and the text read back. Both of its cases make the same call; each checks that its
// own operation was reached.
describe.each(modes.map((mode) => [mode.name, mode] as const))('%s mode', (_, mode) => {
  it.each(operationCases.map((operation) => [describeOperation(operation), operation] as const))(
    '%s',
    async (__, operation) => {
      if (mode.name === 'dynamic' && operation.firstPage) {
        await expectFirstPage(operation, await attempt(operation, mode, operation.firstPage));
        return;
      }
      if (mode.name === 'dynamic' && operation.via === 'getRun') {
        await expectRunRead(operation, await attempt(operation, mode, operation.call));
        return;
      }
      await expectConformant(operation, await attempt(operation, mode, operation.call));
    },
  );
});
