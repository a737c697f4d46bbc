// Compiles what a spec requires of each operation's 2xx JSON answer into the compact shapes
// core's `shapeProblem` checks (packages/core/src/vendor/answer-shape.ts documents the format): the
// required fields, every field's JSON type, nothing of patterns, formats or enum values.
// One constant per operation, and one per component schema they share, so that a bundler
// keeps only the checks a program calls.

const KIND_LETTERS = { string: 's', number: 'n', integer: 'i', boolean: 'b', object: 'o', array: 'a', null: 'z' };

function pointerGet(spec, ref) {
  return ref
    .slice(2)
    .split('/')
    .reduce((node, token) => node?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

function typesOf(schema) {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  // A const or enum without a type still says which JSON types its values are.
  const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (values)
    return [
      ...new Set(
        values.map((value) =>
          value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value,
        ),
      ),
    ];
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

/** A JS literal for a shape, with component references as identifiers. */
function literal(shape) {
  if (typeof shape === 'string') return JSON.stringify(shape);
  if (shape?.ref) return shape.ref;
  const entries = Object.entries(shape).map(([key, value]) => {
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    if (value && typeof value === 'object' && !value.ref && (key === 'r' || key === 'o')) {
      return `${name}: { ${Object.entries(value)
        .map(
          ([property, inner]) =>
            `${/^[A-Za-z_$][\w$]*$/.test(property) ? property : JSON.stringify(property)}: ${literal(inner)}`,
        )
        .join(', ')} }`;
    }
    return `${name}: ${typeof value === 'number' ? value : literal(value)}`;
  });
  return `{ ${entries.join(', ')} }`;
}

export function compileAnswerShapes(spec) {
  const components = new Map(); // name -> literal text, in first-use order
  const compiling = new Set();

  function componentRef(name) {
    if (!components.has(name)) {
      if (compiling.has(name)) return ''; // a recursive schema: checked as anything below this point
      compiling.add(name);
      const shape = compile(spec.components.schemas[name]);
      compiling.delete(name);
      // A schema that is only a type (a status enum, say) is written where it is used.
      components.set(name, typeof shape === 'string' ? shape : literal(shape));
    }
    const compiled = components.get(name);
    return compiled.startsWith('{') ? { ref: name } : compiled;
  }

  function resolve(schema) {
    if (schema && typeof schema.$ref === 'string') {
      const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref);
      if (match) return { ref: match[1] };
      return { schema: resolve(pointerGet(spec, schema.$ref)).schema };
    }
    return { schema: schema ?? {} };
  }

  /** allOf parts merged into one object schema; other schemas as they are. */
  function flatten(schema) {
    if (!Array.isArray(schema.allOf)) return schema;
    const parts = schema.allOf.map((part) => {
      const resolved = resolve(part);
      return flatten(resolved.ref ? spec.components.schemas[resolved.ref] : resolved.schema);
    });
    return {
      ...schema,
      allOf: undefined,
      type: schema.type ?? parts.find((part) => part.type)?.type ?? 'object',
      properties: Object.assign({}, ...parts.map((part) => part.properties ?? {}), schema.properties ?? {}),
      required: [...new Set([...parts.flatMap((part) => part.required ?? []), ...(schema.required ?? [])])],
      additionalProperties:
        schema.additionalProperties ??
        parts.find((part) => part.additionalProperties !== undefined)?.additionalProperties,
    };
  }

  function compile(raw) {
    const resolved = resolve(raw);
    if (resolved.ref) return componentRef(resolved.ref);
    const schema = flatten(resolved.schema);
    // oneOf and anyOf are not narrowed: any value passes, and the types say as much.
    if (schema.oneOf || schema.anyOf) return '';
    const types = typesOf(schema);
    if (types.length === 0) return '';
    const nullable = types.includes('null');
    if (
      types.includes('object') &&
      (schema.properties || (schema.additionalProperties && schema.additionalProperties !== true))
    ) {
      const required = new Set(schema.required ?? []);
      const shape = {};
      const properties = Object.entries(schema.properties ?? {});
      const requiredProperties = properties.filter(([name]) => required.has(name));
      const optionalProperties = properties.filter(([name]) => !required.has(name));
      if (requiredProperties.length)
        shape.r = Object.fromEntries(requiredProperties.map(([name, property]) => [name, compile(property)]));
      if (optionalProperties.length)
        shape.o = Object.fromEntries(optionalProperties.map(([name, property]) => [name, compile(property)]));
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
        shape.v = compile(schema.additionalProperties);
      if (nullable) shape.z = 1;
      return types.length - (nullable ? 1 : 0) > 1 ? '' : shape;
    }
    if (types.includes('array') && schema.items && types.length - (nullable ? 1 : 0) === 1) {
      return { i: compile(schema.items), ...(nullable && { z: 1 }) };
    }
    return types.map((type) => KIND_LETTERS[type] ?? '').join('');
  }

  const operations = [];
  for (const pathItem of Object.values(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!operation || typeof operation !== 'object' || typeof operation.operationId !== 'string') continue;
      for (const [status, rawResponse] of Object.entries(operation.responses ?? {})) {
        if (!/^2\d\d$/.test(status)) continue;
        const response = resolve(rawResponse).schema;
        const media = response.content?.['application/json'];
        if (!media?.schema) continue;
        operations.push({
          operationId: operation.operationId,
          method,
          status: Number(status),
          shape: literal(compile(media.schema)),
        });
      }
    }
  }
  return { components, operations };
}

/** The module `pnpm generate` writes to packages/<slug>/src/generated/answer-shapes.ts. */
export function answerShapesModule(spec, header) {
  const { components, operations } = compileAnswerShapes(spec);
  const counts = new Map();
  for (const { operationId } of operations) counts.set(operationId, (counts.get(operationId) ?? 0) + 1);
  const lines = [
    header,
    "import type { AnswerShape, Shape } from '@workflow-clients/core/internal';",
    "import type { operations } from './openapi.js';",
    '',
    "// What each operation's 2xx JSON answer must be before a provider hands it over: the fields",
    '// its schema requires and the JSON type of every field. The format is documented on `Shape`.',
    '',
  ];
  const named = [...components].filter(([, text]) => text.startsWith('{'));
  for (const [name, text] of named) lines.push(`const ${name}: Shape = ${text};`);
  if (named.length) lines.push('');
  for (const { operationId, status, shape } of operations) {
    const name = counts.get(operationId) > 1 ? `${operationId}${status}Answer` : `${operationId}Answer`;
    const type = `operations['${operationId}']['responses'][${status}]['content']['application/json']`;
    lines.push(`/** \`${operationId}\`, ${status}. */`, `export const ${name}: AnswerShape<${type}> = ${shape};`);
  }
  return `${lines.join('\n')}\n`;
}
