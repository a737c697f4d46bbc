// The transport reads every non-streamed answer in full (inside the timeout) before
// openapi-fetch sees it. Remembering those bytes lets the response middleware check them
// without cloning the response, which in Node costs as much as the whole call to openapi-fetch.
const buffered = new WeakMap<Response, ArrayBuffer | null>();

/** A Response over bytes already read, remembered for `bufferedText`. */
export function bufferedResponse(body: ArrayBuffer | null, init: ResponseInit): Response {
  const response = new Response(body, init);
  buffered.set(response, body);
  return response;
}

/** The text of a response made by `bufferedResponse`, or undefined for any other response. */
export function bufferedText(response: Response): string | undefined {
  if (!buffered.has(response)) return undefined;
  const body = buffered.get(response);
  return body ? new TextDecoder().decode(body) : '';
}
