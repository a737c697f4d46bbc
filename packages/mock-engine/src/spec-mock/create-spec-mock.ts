import { type HttpHandler, http } from 'msw';
import type { OpenApiDocument } from '../openapi-document.js';
import type { ContractError } from '../operation-contract.js';
import { exampleResponse, type PlannedResponse } from '../response-examples.js';
import { contractViolation, exampleAnswer } from './answer.js';
import { type CompiledOperation, compileOperations, matchPath } from './compile-operations.js';

export type { ContractError } from '../operation-contract.js';
export type { PlannedResponse } from '../response-examples.js';

/** One request the mock received, valid or not. */
export interface RecordedCall {
  operationId: string;
  method: string;
  url: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  /** Every request header, lower-cased, credentials included: assert on them, never log them. */
  headers: Record<string, string>;
  body: unknown;
  /** The status the mock answered with. */
  status: number;
  /** Empty when the request kept the contract. */
  contractErrors: ContractError[];
  /** `Date.now()` when the mock received the request, to assert on waits between attempts. */
  receivedAt: number;
}

/**
 * An operation's documented statuses, each with the names of its examples. A mock typed by its
 * spec's `MockedOperations` (generated beside each vendor's spec document, and gathered by
 * `@workflow-clients/msw`) knows them; any other spec's mock takes any status and name, and
 * checks them when told.
 */
export type StatusExamples = Record<number, string>;

/** What `respondWith` can be told: each operation id, and its statuses and their examples. */
export type OperationResponses = Record<string, StatusExamples>;

/** What to answer with: one of the operation's documented statuses, and one of that status's examples. */
export type ResponsePlan<Statuses extends StatusExamples = StatusExamples> = {
  [Status in keyof Statuses & number]: {
    /** A status the operation documents. */
    status: Status;
    /** The name of one of the spec's examples for that status; the first one otherwise. */
    example?: Statuses[Status] | undefined;
    /** Headers added to, or replacing, the spec's example headers; `null` removes one. */
    headers?: Record<string, string | null> | undefined;
    /** How many calls this plan answers before the next plan (or the default) applies. */
    times?: number | undefined;
  };
}[keyof Statuses & number];

export interface SpecMockOptions {
  /** The vendor slug, used in messages. */
  vendor: string;
  /** Server URLs to answer on; the spec's own servers by default. */
  baseUrls?: readonly string[] | undefined;
  /** Told about every request that broke the contract, besides recording it. */
  onContractFailure?: ((call: RecordedCall) => void) | undefined;
  /**
   * Answers a valid request that no `respondWith` plan covers, e.g. from a scenario's state;
   * returning undefined leaves it to the spec's example for the success status.
   */
  responder?: Responder | undefined;
  /**
   * Makes an answer about the run the request asked for, where the example shows another (the
   * run id of a read, put into the example's body). A client rightly refuses an answer about
   * another run than the one it asked for.
   */
  aboutRunAsked?: ((call: RecordedCall, planned: PlannedResponse) => PlannedResponse) | undefined;
}

/** The spec's own answer for an operation, status and (optionally) named example. */
export type ExampleLookup = (operationId: string, status: number, example?: string) => PlannedResponse;

export interface Responder {
  answer(call: RecordedCall, examples: ExampleLookup): PlannedResponse | undefined;
  /** Forgets what it has seen, with the mock's `reset()`. */
  reset?(): void;
}

export interface SpecMock<Operations extends OperationResponses = OperationResponses> {
  readonly vendor: string;
  readonly handlers: readonly HttpHandler[];
  /** Every call, in order. */
  readonly calls: readonly RecordedCall[];
  /** The calls that broke the contract. */
  contractFailures(): RecordedCall[];
  /** Answers the next call(s) to `operationId` with a documented status instead of success. */
  respondWith<Id extends keyof Operations & string>(operationId: Id, plan: ResponsePlan<Operations[Id]>): void;
  /** Forgets calls and plans. */
  reset(): void;
}

type Plans = Map<string, Array<ResponsePlan & { times: number }>>;

/** The plan that answers the next call to `operationId`, used up once it has answered `times` calls. */
function takePlan(plans: Plans, operationId: string): ResponsePlan | undefined {
  const queue = plans.get(operationId);
  const plan = queue?.[0];
  if (!queue || !plan) return undefined;
  plan.times -= 1;
  if (plan.times <= 0) queue.shift();
  return plan;
}

/** Reads a request as the contract sees it and records it as a call. */
async function record(compiled: CompiledOperation, request: Request, basePath: string): Promise<RecordedCall> {
  const url = new URL(request.url);
  const pathParams = matchPath(compiled, url.pathname.slice(basePath.length)) ?? {};
  const receivedAt = Date.now();
  const bodyText = await request.text();
  const { errors, body } = compiled.contract.check({
    pathParams,
    query: url.searchParams,
    headers: request.headers,
    bodyText,
  });
  return {
    operationId: compiled.operationId,
    method: request.method,
    url: request.url,
    pathParams,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(request.headers),
    body: body ?? (bodyText || undefined),
    status: 0,
    contractErrors: errors,
    receivedAt,
  };
}

/**
 * Builds MSW handlers that answer every operation of an OpenAPI 3.1 document: each request is
 * checked against the operation's contract; a valid one gets the spec's own example for the
 * planned status, a broken one gets a 400 listing what was wrong and is recorded as a failure.
 */
export function createSpecMock(document: OpenApiDocument, options: SpecMockOptions): SpecMock {
  const operations = compileOperations(document, options.vendor);
  const calls: RecordedCall[] = [];
  const plans: Plans = new Map();

  const examples: ExampleLookup = (operationId, status, example) => {
    const compiled = operations.find((op) => op.operationId === operationId);
    if (!compiled) throw new Error(`${options.vendor} has no operation ${operationId}`);
    return exampleResponse(document, compiled.operation, status, example);
  };

  async function answer(compiled: CompiledOperation, request: Request, basePath: string): Promise<Response> {
    const call = await record(compiled, request, basePath);
    calls.push(call);
    if (call.contractErrors.length) {
      call.status = 400;
      options.onContractFailure?.(call);
      return contractViolation(options.vendor, compiled.operationId, call.contractErrors);
    }
    const plan = takePlan(plans, compiled.operationId);
    const planned =
      (plan ? undefined : options.responder?.answer(call, examples)) ??
      exampleResponse(document, compiled.operation, plan?.status ?? compiled.successStatus, plan?.example);
    call.status = planned.status;
    return exampleAnswer(options.aboutRunAsked?.(call, planned) ?? planned, plan?.headers);
  }

  const baseUrls = options.baseUrls ?? (document.servers ?? []).map((server) => server.url);
  const handlers = baseUrls.flatMap((baseUrl) => {
    const base = new URL(baseUrl);
    const basePath = base.pathname.replace(/\/$/, '');
    return operations.map((compiled) =>
      // msw names no TRACE handler; no spec here has a TRACE operation.
      http[compiled.method as 'post'](
        `${base.origin}${basePath}${compiled.path.replace(/\{([^{}]+)\}/g, ':$1')}`,
        ({ request }) => answer(compiled, request, basePath),
      ),
    );
  });

  return {
    vendor: options.vendor,
    handlers,
    calls,
    contractFailures: () => calls.filter((call) => call.contractErrors.length > 0),
    respondWith(operationId, plan) {
      const compiled = operations.find((op) => op.operationId === operationId);
      if (!compiled) throw new Error(`${options.vendor} has no operation ${operationId}`);
      if (!compiled.statuses.includes(plan.status)) {
        throw new Error(
          `${options.vendor} ${operationId} does not document status ${plan.status} (documented: ${compiled.statuses.join(', ')})`,
        );
      }
      // Fail at planning time, not inside a request, when the spec has no example to answer with.
      exampleResponse(document, compiled.operation, plan.status, plan.example);
      const queue = plans.get(operationId) ?? [];
      queue.push({ ...plan, times: plan.times ?? 1 });
      plans.set(operationId, queue);
    },
    reset() {
      calls.length = 0;
      plans.clear();
      options.responder?.reset?.();
    },
  };
}
