import { type CallScope, unreadableAnswer } from '../errors/error-factory.js';
import { discard } from '../utils/body-release.js';

/**
 * The most this client reads of one answer. The vendors answer with small JSON documents;
 * anything past this is a misbehaving server or proxy, and reading it all would let it fill
 * the caller's memory.
 */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** The whole body, or `unexpected_response` once it is known to exceed MAX_RESPONSE_BYTES. */
export async function readCapped(scope: CallScope, response: Response): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    unreadableAnswer(
      scope,
      response,
      `${size}, more than the ${MAX_RESPONSE_BYTES} bytes this client reads; the answer was discarded.`,
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_RESPONSE_BYTES) {
    discard(response.body);
    throw tooLarge(`${declared} bytes`);
  }
  // Counted as it arrives even when a length was declared: a fetch given to the client need
  // not hold the server to its Content-Length.
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > MAX_RESPONSE_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge('a body that kept coming');
    }
    chunks.push(value);
  }
  const [only] = chunks;
  if (chunks.length === 1 && only) return only;
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
