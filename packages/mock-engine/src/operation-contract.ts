import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { child, entries, type Json, type Located, type OpenApiDocument, resolve } from './openapi-document.js';

export type ContractLocation = 'path' | 'query' | 'header' | 'security' | 'body';

export interface ContractError {
  location: ContractLocation;
  message: string;
}

export interface IncomingRequest {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  bodyText: string;
}

const DOCUMENT_ID = 'openapi.json';
const ParameterLocations = ['path', 'query', 'header'] as const;

/** One operation's request contract, compiled once: parameters, credentials and JSON body. */
export interface OperationContract {
  check(request: IncomingRequest): { errors: ContractError[]; body: unknown };
}

export interface DocumentValidators {
  /** For JSON bodies: values are checked as they are. */
  exact: Ajv2020;
  /** For path, query and header values, which arrive as text: `version=3` satisfies `integer`. */
  coercing: Ajv2020;
}

export function createValidators(document: OpenApiDocument): DocumentValidators {
  const make = (coerceTypes: boolean) => {
    // strict: false because OpenAPI schemas carry `example` and `x-*` keywords JSON Schema does not know.
    const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes });
    addFormats(ajv);
    ajv.addSchema(document as object, DOCUMENT_ID);
    return ajv;
  };
  return { exact: make(false), coercing: make(true) };
}

function refTo(pointer: string): Json {
  const fragment = pointer
    .split('/')
    .map((token) => encodeURIComponent(token))
    .join('/');
  return { $ref: `${DOCUMENT_ID}#${fragment}` };
}

function describe(location: ContractLocation, errors: ErrorObject[] | null | undefined): ContractError[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : location;
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : '';
    return { location, message: `${where} ${error.message ?? 'is invalid'}${extra}` };
  });
}

export function compileOperation(
  { exact, coercing }: DocumentValidators,
  document: OpenApiDocument,
  pathItem: Located,
  operation: Located,
): OperationContract {
  const parameters = new Map<
    string,
    { location: (typeof ParameterLocations)[number]; name: string; required: boolean; schema: string }
  >();
  for (const owner of [pathItem, operation]) {
    const list = child(owner, 'parameters');
    if (!Array.isArray(list.value)) continue;
    for (const [, entry] of entries(list as Located)) {
      const parameter = resolve(document, entry);
      const location = parameter.value.in as (typeof ParameterLocations)[number];
      if (!ParameterLocations.includes(location)) continue;
      const name = String(parameter.value.name);
      const key = location === 'header' ? name.toLowerCase() : name;
      parameters.set(`${location}:${key}`, {
        location,
        name: key,
        required: parameter.value.required === true,
        schema: child(parameter, 'schema').pointer,
      });
    }
  }

  const locationValidators = ParameterLocations.map((location) => {
    const own = [...parameters.values()].filter((p) => p.location === location);
    const schema = {
      type: 'object',
      properties: Object.fromEntries(own.map((p) => [p.name, refTo(p.schema)])),
      required: own.filter((p) => p.required).map((p) => p.name),
    };
    return { location, validate: coercing.compile(schema) };
  });

  const security = (operation.value.security ?? document.security ?? []) as Array<Record<string, string[]>>;
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, Json>;

  let body: { required: boolean; mediaTypes: string[]; validate?: ValidateFunction } | undefined;
  if (operation.value.requestBody) {
    const requestBody = resolve(document, child(operation, 'requestBody'));
    const content = child(requestBody, 'content') as Located;
    const json = content.value['application/json'] ? (child(content, 'application/json') as Located) : undefined;
    body = {
      required: requestBody.value.required === true,
      mediaTypes: Object.keys(content.value ?? {}),
      validate: json?.value.schema ? exact.compile(refTo(child(json, 'schema').pointer)) : undefined,
    };
  }

  return {
    check(request) {
      const errors: ContractError[] = [];
      for (const { location, validate } of locationValidators) {
        const values: Record<string, unknown> = {};
        for (const p of parameters.values()) {
          if (p.location !== location) continue;
          const value =
            location === 'path'
              ? request.pathParams[p.name]
              : location === 'query'
                ? (request.query.get(p.name) ?? undefined)
                : (request.headers.get(p.name) ?? undefined);
          if (value !== undefined) values[p.name] = value;
        }
        if (!validate(values)) errors.push(...describe(location, validate.errors));
      }

      if (security.length && !security.some((requirement) => satisfies(requirement, schemes, request))) {
        const names = security.map((requirement) => Object.keys(requirement).join(' + ')).join(' or ');
        errors.push({ location: 'security', message: `missing or malformed credentials (expected ${names})` });
      }

      let parsed: unknown;
      if (body) {
        const contentType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
        if (!request.bodyText) {
          if (body.required) errors.push({ location: 'body', message: 'a request body is required' });
        } else if (!contentType || !body.mediaTypes.includes(contentType)) {
          errors.push({
            location: 'header',
            message: `content-type ${contentType ?? '(none)'} is not one of ${body.mediaTypes.join(', ')}`,
          });
        } else {
          try {
            parsed = JSON.parse(request.bodyText);
            if (body.validate && !body.validate(parsed)) errors.push(...describe('body', body.validate.errors));
          } catch {
            errors.push({ location: 'body', message: 'the body is not valid JSON' });
          }
        }
      } else if (request.bodyText) {
        errors.push({ location: 'body', message: 'this operation takes no request body' });
      }
      return { errors, body: parsed };
    },
  };
}

function satisfies(
  requirement: Record<string, string[]>,
  schemes: Record<string, Json>,
  request: IncomingRequest,
): boolean {
  return Object.keys(requirement).every((name) => {
    const scheme = schemes[name];
    if (!scheme) return false;
    if (scheme.type === 'apiKey' && scheme.in === 'header')
      return Boolean(request.headers.get(String(scheme.name))?.trim());
    if (scheme.type === 'apiKey' && scheme.in === 'query') return Boolean(request.query.get(String(scheme.name)));
    if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') {
      return /^Bearer \S+$/.test(request.headers.get('authorization') ?? '');
    }
    return false;
  });
}
