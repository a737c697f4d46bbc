import { http, HttpResponse, type HttpHandler } from 'msw';
import { compileOperation, createValidators, type ContractError, type OperationContract } from './operation-contract.js';
import { child, HTTP_METHODS, pointerToken, resolve, type Located, type OpenApiDocument } from './openapi-document.js';
import { documentedStatuses, exampleResponse } from './response-examples.js';

export type { ContractError } from './operation-contract.js';

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

export interface ResponsePlan {
  /** A status the operation documents. */
  status: number;
  /** The name of one of the spec's examples for that status; the first one otherwise. */
  example?: string;
  /** Headers added to, or replacing, the spec's example headers; `null` removes one. */
  headers?: Record<string, string | null>;
  /** How many calls this plan answers before the next plan (or the default) applies. */
  times?: number;
}

export interface SpecMockOptions {
  /** The vendor slug, used in messages. */
  vendor: string;
  /** Server URLs to answer on; the spec's own servers by default. */
  baseUrls?: readonly string[];
  /** Told about every request that broke the contract, besides recording it. */
  onContractFailure?: (call: RecordedCall) => void;
}

export interface SpecMock {
  readonly vendor: string;
  readonly handlers: readonly HttpHandler[];
  /** Every call, in order. */
  readonly calls: readonly RecordedCall[];
  /** The calls that broke the contract. */
  contractFailures(): RecordedCall[];
  /** Answers the next call(s) to `operationId` with a documented status instead of success. */
  respondWith(operationId: string, plan: ResponsePlan): void;
  /** Forgets calls and plans. */
  reset(): void;
}

interface CompiledOperation {
  operationId: string;
  /** The OpenAPI path template, e.g. `/workflows/{workflow_id}/run`. */
  path: string;
  method: string;
  operation: Located;
  contract: OperationContract;
  successStatus: number;
  statuses: number[];
  /** Matches the path part after the server's own path, capturing each parameter. */
  pathPattern: RegExp;
  parameterNames: string[];
}

/** A text answer sent a word at a time, as a streaming endpoint sends it. */
function wordByWord(text: string): ReadableStream<Uint8Array> {
  const words = text.match(/\S+\s*/g) ?? [text];
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const word = words.shift();
      if (word === undefined) controller.close();
      else controller.enqueue(encoder.encode(word));
    },
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds MSW handlers that answer every operation of an OpenAPI 3.1 document: each request is
 * checked against the operation's contract; a valid one gets the spec's own example for the
 * planned status, a broken one gets a 400 listing what was wrong and is recorded as a failure.
 */
export function createSpecMock(document: OpenApiDocument, options: SpecMockOptions): SpecMock {
  const validators = createValidators(document);
  const calls: RecordedCall[] = [];
  const plans = new Map<string, Array<Required<Pick<ResponsePlan, 'times'>> & ResponsePlan>>();
  const operations: CompiledOperation[] = [];

  for (const [path, pathValue] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve(document, { value: pathValue, pointer: `/paths/${pointerToken(path)}` });
    for (const method of HTTP_METHODS) {
      if (!pathItem.value[method]) continue;
      const operation = child(pathItem, method) as Located;
      const operationId = String(operation.value.operationId ?? `${method} ${path}`);
      const statuses = documentedStatuses(operation);
      const successStatus = statuses.find((status) => status >= 200 && status < 300);
      if (successStatus === undefined) throw new Error(`${options.vendor} ${operationId} documents no 2xx answer`);
      const parameterNames: string[] = [];
      const pattern = path
        .split(/(\{[^{}]+\})/)
        .map((part) => {
          const name = /^\{([^{}]+)\}$/.exec(part)?.[1];
          if (!name) return escapeRegExp(part);
          parameterNames.push(name);
          return '([^/]*)';
        })
        .join('');
      operations.push({
        operationId,
        path,
        method,
        operation,
        contract: compileOperation(validators, document, pathItem, operation),
        successStatus,
        statuses,
        pathPattern: new RegExp(`^${pattern}$`),
        parameterNames,
      });
    }
  }

  const baseUrls = options.baseUrls ?? (document.servers ?? []).map((server) => server.url);
  const handlers: HttpHandler[] = [];
  for (const baseUrl of baseUrls) {
    const base = new URL(baseUrl);
    const basePath = base.pathname.replace(/\/$/, '');
    for (const compiled of operations) {
      const route = `${base.origin}${basePath}${compiled.path.replace(/\{([^{}]+)\}/g, ':$1')}`;
      handlers.push(
        http[compiled.method as 'post'](route, async ({ request }) => {
          const url = new URL(request.url);
          const relative = url.pathname.slice(basePath.length);
          const match = compiled.pathPattern.exec(relative);
          const pathParams: Record<string, string> = {};
          compiled.parameterNames.forEach((name, index) => {
            const raw = match?.[index + 1] ?? '';
            try {
              pathParams[name] = decodeURIComponent(raw);
            } catch {
              pathParams[name] = raw;
            }
          });
          const receivedAt = Date.now();
          const bodyText = await request.text();
          const { errors, body } = compiled.contract.check({
            pathParams,
            query: url.searchParams,
            headers: request.headers,
            bodyText,
          });
          const call: RecordedCall = {
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
          calls.push(call);
          if (errors.length) {
            call.status = 400;
            options.onContractFailure?.(call);
            return HttpResponse.json(
              {
                error: 'contract_violation',
                message: `This request breaks the ${options.vendor} spec for ${compiled.operationId}.`,
                errors,
              },
              { status: 400, headers: { 'x-contract-violation': 'true' } },
            );
          }
          const plan = nextPlan(compiled.operationId);
          const answer = exampleResponse(document, compiled.operation, plan?.status ?? compiled.successStatus, plan?.example);
          call.status = answer.status;
          const headers = new Headers(answer.headers);
          for (const [name, value] of Object.entries(plan?.headers ?? {})) {
            if (value === null) headers.delete(name);
            else headers.set(name, value);
          }
          if (answer.text) return new HttpResponse(wordByWord(String(answer.body)), { status: answer.status, headers });
          return answer.body === undefined
            ? new HttpResponse(null, { status: answer.status, headers })
            : HttpResponse.json(answer.body as never, { status: answer.status, headers });
        }),
      );
    }
  }

  function nextPlan(operationId: string): ResponsePlan | undefined {
    const queue = plans.get(operationId);
    const plan = queue?.[0];
    if (!queue || !plan) return undefined;
    plan.times -= 1;
    if (plan.times <= 0) queue.shift();
    return plan;
  }

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
    },
  };
}
