import type { OpenApiDocument } from '@workflow-clients/msw';

type Answers = Record<string, { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> }>;
type Paths = Record<string, Record<string, { responses?: Answers }>>;

/** The value of one named example of an operation's answer, read from a spec as data. */
export function exampleOf(
  spec: OpenApiDocument,
  at: { path: string; method: string; status: string; example: string; mediaType?: string },
): unknown {
  const operation = (spec.paths as Paths | undefined)?.[at.path]?.[at.method];
  const value =
    operation?.responses?.[at.status]?.content?.[at.mediaType ?? 'application/json']?.examples?.[at.example];
  if (!value) throw new Error(`no example ${at.example} for ${at.status} of ${at.method} ${at.path}`);
  return value.value;
}
