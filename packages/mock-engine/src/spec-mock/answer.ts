import { HttpResponse } from 'msw';
import type { ContractError } from '../operation-contract.js';
import type { PlannedResponse } from '../response-examples.js';

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

/** What a request that breaks its operation's contract gets: a 400 listing what is wrong. */
export function contractViolation(vendor: string, operationId: string, errors: ContractError[]): Response {
  return HttpResponse.json(
    { error: 'contract_violation', message: `This request breaks the ${vendor} spec for ${operationId}.`, errors },
    { status: 400, headers: { 'x-contract-violation': 'true' } },
  );
}

/** The spec's example answer as a Response, with the plan's header changes (`null` removes one). */
export function exampleAnswer(answer: PlannedResponse, headerChanges: Record<string, string | null> = {}): Response {
  const headers = new Headers(answer.headers);
  for (const [name, value] of Object.entries(headerChanges)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  if (answer.text) return new HttpResponse(wordByWord(String(answer.body)), { status: answer.status, headers });
  return answer.body === undefined
    ? new HttpResponse(null, { status: answer.status, headers })
    : HttpResponse.json(answer.body as never, { status: answer.status, headers });
}
