import { settleCall, unexpectedAnswer } from '../errors/error-factory.js';
import type { WorkflowApiError } from '../errors/workflow-api-error.js';
import { type AnswerShape, shapeProblem } from '../vendor/answer-shape.js';
import { bufferedTextOf, scopeOf } from './buffered-answer.js';

// How a provider accepts a 2xx: its body checked against the shape its spec requires, and the
// call ended for the client's hooks either way.

/**
 * The data of a 2xx answer, once it has passed the shape its spec requires (generated into
 * each vendor's `answer-shapes.ts`) and, where given, `check` (which names what is wrong, or
 * nothing); otherwise `unexpected_response`, saying which field is missing or of the wrong
 * type, never a TypeError later on. Either way it ends the call for the client's hooks.
 */
export function expectAnswer<T>(
  result: { data?: unknown; response: Response },
  shape: AnswerShape<T>,
  check?: (data: T) => string | undefined,
): T {
  const data = checkAnswer(result, shape, check);
  settleCall(scopeOf(result.response));
  return data;
}

/**
 * `expectAnswer`, except that an answer that passes leaves the call open, for a caller that
 * checks more of it first (a listing page); one that fails ends it with its error.
 */
export function checkAnswer<T>(
  result: { data?: unknown; response: Response },
  shape: AnswerShape<T>,
  check?: (data: T) => string | undefined,
): T {
  const problem = shapeProblem(result.data, shape);
  const wrong = problem === undefined ? check?.(result.data as T) : `a body its spec does not allow (${problem})`;
  if (wrong === undefined) return result.data as T;
  throw refuseAnswer(result.response, wrong);
}

/** `unexpected_response` for a 2xx that `problem` says is wrong; it ends the call with that error. */
export function refuseAnswer(response: Response, problem: string): WorkflowApiError {
  const scope = scopeOf(response);
  return settleCall(
    scope,
    unexpectedAnswer(
      scope,
      { status: response.status, headers: response.headers, text: bufferedTextOf(response) },
      problem,
    ),
  );
}
