import { child, HTTP_METHODS, type Located, type OpenApiDocument, pointerToken, resolve } from '../openapi-document.js';
import { compileOperation, createValidators, type OperationContract } from '../operation-contract.js';
import { documentedStatuses } from '../response-examples.js';

/** One operation of a spec, ready to match and answer requests. */
export interface CompiledOperation {
  operationId: string;
  /** The OpenAPI path template, e.g. `/workflows/{workflow_id}/run`. */
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operation: Located;
  contract: OperationContract;
  successStatus: number;
  statuses: number[];
  /** The template split at `/`: a literal segment, or the name of the parameter it holds. */
  segments: Array<{ literal: string } | { parameter: string }>;
}

/** Every operation of the document, its request contract compiled once. */
export function compileOperations(document: OpenApiDocument, vendor: string): CompiledOperation[] {
  const validators = createValidators(document);
  const operations: CompiledOperation[] = [];
  for (const [path, pathValue] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve(document, { value: pathValue, pointer: `/paths/${pointerToken(path)}` });
    for (const method of HTTP_METHODS) {
      if (!pathItem.value[method]) continue;
      const operation = child(pathItem, method) as Located;
      const operationId = String(operation.value.operationId ?? `${method} ${path}`);
      const statuses = documentedStatuses(operation);
      const successStatus = statuses.find((status) => status >= 200 && status < 300);
      if (successStatus === undefined) throw new Error(`${vendor} ${operationId} documents no 2xx answer`);
      const segments = path.split('/').map((segment) => {
        const parameter = /^\{([^{}]+)\}$/.exec(segment)?.[1];
        return parameter ? { parameter } : { literal: segment };
      });
      operations.push({
        operationId,
        path,
        method,
        operation,
        contract: compileOperation(validators, document, pathItem, operation),
        successStatus,
        statuses,
        segments,
      });
    }
  }
  return operations;
}

/**
 * The path parameters of `relativePath` (the part after the server's own path) when it is this
 * operation's path, each percent-decoded where it decodes; undefined when it is not.
 */
export function matchPath(operation: CompiledOperation, relativePath: string): Record<string, string> | undefined {
  const parts = relativePath.split('/');
  if (parts.length !== operation.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of operation.segments.entries()) {
    const part = parts[index] ?? '';
    if ('literal' in segment) {
      if (part !== segment.literal) return undefined;
      continue;
    }
    try {
      params[segment.parameter] = decodeURIComponent(part);
    } catch {
      params[segment.parameter] = part;
    }
  }
  return params;
}
