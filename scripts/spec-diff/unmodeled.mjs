// What the classifier does not understand, found rather than guessed: walks two resolved,
// prose-free specs side by side, skips every key classify.mjs compares (or walks into), and
// reports any other key whose value differs. Each one becomes a "review" change, which the
// gate holds until a changeset says how it was classified by hand: an unknown difference
// (a serialization style, a discriminator, readOnly, a callback, anything OpenAPI adds later)
// could break every call, so it must never pass as a patch by default.

import { COMPARED_KEYWORDS } from './keywords.mjs';

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Keys of `a` or `b` that differ, each once. */
function differingKeys(a, b) {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].filter((k) => !same(a?.[k], b?.[k]));
}

function walkSchema(a, b, where, found, depth = 0) {
  if (!isObject(a) || !isObject(b) || depth > 30) return;
  for (const key of differingKeys(a, b)) {
    if (COMPARED_KEYWORDS.has(key)) continue;
    if (key === 'properties') {
      for (const name of Object.keys(a.properties ?? {}))
        if (b.properties && name in b.properties)
          walkSchema(a.properties[name], b.properties[name], `${where}.${name}`, found, depth + 1);
    } else if (key === 'items') walkSchema(a.items, b.items, `${where}[]`, found, depth + 1);
    else if (key === 'additionalProperties')
      walkSchema(a.additionalProperties, b.additionalProperties, `${where}.*`, found, depth + 1);
    else if (key === 'allOf' || key === 'oneOf' || key === 'anyOf') {
      const [xa, xb] = [a[key] ?? [], b[key] ?? []];
      for (let i = 0; i < Math.min(xa.length, xb.length); i++)
        walkSchema(xa[i], xb[i], `${where}.${key}[${i}]`, found, depth + 1);
    } else found.push({ where, message: `schema keyword \`${key}\` changed` });
  }
}

// An object whose listed keys classify.mjs compares: any other differing key is reported, and
// `walk` is called for the keys it names.
function walkObject(a, b, where, found, compared, walk = {}) {
  if (!isObject(a) || !isObject(b)) return;
  for (const key of differingKeys(a, b)) {
    if (walk[key]) walk[key](a[key], b[key]);
    else if (!compared.has(key)) found.push({ where, message: `\`${key}\` changed` });
  }
}

const mediaTypes = (a, b, where, found) => {
  if (!isObject(a) || !isObject(b)) return;
  // Which media types there are is compared by classify.mjs; inside one both sides share, only its schema is.
  for (const type of Object.keys(a))
    if (type in b)
      walkObject(a[type], b[type], `${where} ${type}`, found, new Set(), {
        schema: (x, y) => walkSchema(x, y, where, found),
      });
};

const headers = (a, b, where, found) => {
  const byName = (h) => new Map(Object.entries(h ?? {}).map(([n, v]) => [n.toLowerCase(), v]));
  const [ha, hb] = [byName(a), byName(b)];
  for (const [name, header] of ha)
    if (hb.has(name))
      walkObject(header, hb.get(name), `${where} header ${name}`, found, new Set(['required']), {
        schema: (x, y) => walkSchema(x, y, `${where} header ${name}`, found),
        content: (x, y) => mediaTypes(x, y, `${where} header ${name}`, found),
      });
};

const paramKey = (p) => `${p?.in}:${p?.in === 'header' ? String(p?.name).toLowerCase() : p?.name}`;

function parameters(a, b, op, found) {
  const byKey = (list) => new Map((list ?? []).map((p) => [paramKey(p), p]));
  const [pa, pb] = [byKey(a), byKey(b)];
  for (const [key, p] of pa)
    if (pb.has(key)) {
      const where = `${op} ${p.in} parameter ${p.name}`;
      walkObject(p, pb.get(key), where, found, new Set(['name', 'in', 'required']), {
        schema: (x, y) => walkSchema(x, y, where, found),
      });
    }
}

function operation(a, b, op, found) {
  // A path item's own parameters are compared as the operation's (classify.mjs merges them).
  const merged = (item, o) => [...(item.parameters ?? []), ...(o.parameters ?? [])];
  parameters(merged(a.item, a.op), merged(b.item, b.op), op, found);
  walkObject(a.op, b.op, op, found, new Set(['operationId', 'security', 'parameters']), {
    requestBody: (x, y) =>
      walkObject(x, y, `${op} requestBody`, found, new Set(['required']), {
        content: (c, d) => mediaTypes(c, d, `${op} requestBody`, found),
      }),
    responses: (x, y) => {
      for (const status of Object.keys(x ?? {}))
        if (y && status in y) {
          const where = `${op} responses.${status}`;
          walkObject(x[status], y[status], where, found, new Set(), {
            content: (c, d) => mediaTypes(c, d, where, found),
            headers: (c, d) => headers(c, d, where, found),
          });
        }
    },
  });
}

/**
 * The differences between two resolved, prose-free specs that classify.mjs does not compare:
 * `[{ where, message }]`.
 */
export function unmodeledChanges(a, b) {
  const found = [];
  walkObject(a, b, 'spec', found, new Set(['openapi', 'info', 'security', 'servers']), {
    paths: (pa, pb) => {
      for (const [path, itemA] of Object.entries(pa ?? {})) {
        const itemB = pb?.[path];
        if (!isObject(itemA) || !isObject(itemB)) continue;
        for (const key of differingKeys(itemA, itemB)) {
          if (key === 'parameters') continue;
          if (!METHODS.has(key)) found.push({ where: path, message: `path item's \`${key}\` changed` });
          else if (itemA[key] && itemB[key])
            operation(
              { item: itemA, op: itemA[key] },
              { item: itemB, op: itemB[key] },
              `${key.toUpperCase()} ${path}`,
              found,
            );
        }
      }
    },
    // Reached through the operations that use them; a scheme's own keys are compared by classify.mjs.
    components: (ca, cb) =>
      walkObject(
        ca,
        cb,
        'components',
        found,
        new Set(['schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'examples']),
        {
          securitySchemes: (sa, sb) => {
            for (const name of Object.keys(sa ?? {}))
              if (sb && name in sb)
                walkObject(
                  sa[name],
                  sb[name],
                  `components.securitySchemes.${name}`,
                  found,
                  new Set(['type', 'in', 'name', 'scheme', 'bearerFormat']),
                );
          },
        },
      ),
  });
  // A server's `variables` change what its URL means.
  for (const server of a.servers ?? []) {
    const other = (b.servers ?? []).find((s) => s.url === server.url);
    if (other) walkObject(server, other, `servers ${server.url}`, found, new Set(['url']));
  }
  return found;
}
