import { child, entries, type Json, type Located, type OpenApiDocument, resolve } from './openapi-document.js';

export interface PlannedResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** The body is text (a `text/*` media type), to send as it is rather than as JSON. */
  text?: boolean;
}

/** The statuses an operation documents, as numbers; `4XX`-style ranges and `default` are skipped. */
export function documentedStatuses(operation: Located): number[] {
  return Object.keys((operation.value.responses as Json) ?? {})
    .filter((key) => /^\d{3}$/.test(key))
    .map(Number)
    .sort((a, b) => a - b);
}

function firstExample(document: OpenApiDocument, holder: Located, name?: string): { found: boolean; value?: unknown } {
  const examples = holder.value.examples;
  if (examples && typeof examples === 'object' && !Array.isArray(examples)) {
    const named = entries(child(holder, 'examples') as Located);
    const pick = name ? named.find(([key]) => key === name) : named[0];
    if (pick) return { found: true, value: resolve(document, pick[1]).value.value };
    if (name) return { found: false };
  }
  if ('example' in holder.value) return { found: true, value: holder.value.example };
  const schema = holder.value.schema ? resolve(document, child(holder, 'schema')) : undefined;
  if (schema && Array.isArray(schema.value.examples) && schema.value.examples.length) {
    return { found: true, value: schema.value.examples[0] };
  }
  return { found: false };
}

/**
 * The answer the spec itself gives for a status: its first (or named) JSON example and an
 * example value for every header it documents.
 */
export function exampleResponse(
  document: OpenApiDocument,
  operation: Located,
  status: number,
  exampleName?: string,
): PlannedResponse {
  const responses = child(operation, 'responses') as Located;
  const key = String(status);
  if (!(key in responses.value)) throw new Error(`status ${status} is not documented for this operation`);
  const response = resolve(document, child(responses, key));
  const headers: Record<string, string> = {};
  for (const [name, header] of entries(
    (child(response, 'headers') as Located).value
      ? (child(response, 'headers') as Located)
      : { value: {}, pointer: '' },
  )) {
    const example = firstExample(document, resolve(document, header));
    if (example.found && example.value !== undefined) headers[name.toLowerCase()] = String(example.value);
  }
  const content = child(response, 'content') as Located;
  const json = content.value?.['application/json'] ? (child(content, 'application/json') as Located) : undefined;
  const textType = json ? undefined : Object.keys(content.value ?? {}).find((type) => type.startsWith('text/'));
  if (textType) {
    const example = firstExample(document, child(content, textType) as Located, exampleName);
    if (!example.found) throw new Error(`status ${status} has no ${textType} example in the spec`);
    headers['content-type'] = `${textType}; charset=utf-8`;
    return { status, headers, body: String(example.value), text: true };
  }
  if (!json) return { status, headers, body: undefined };
  const example = firstExample(document, json, exampleName);
  if (!example.found) {
    throw new Error(
      `status ${status} has no ${exampleName ? `example named "${exampleName}"` : 'JSON example'} in the spec`,
    );
  }
  headers['content-type'] = 'application/json';
  return { status, headers, body: example.value };
}
