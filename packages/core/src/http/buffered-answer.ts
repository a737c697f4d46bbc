import { type CallScope, unexpectedAnswer } from '../errors/error-factory.js';
import { parseJsonText } from '../utils/json-text.js';

const decoder = new TextDecoder();
const scopes = new WeakMap<Response, CallScope>();

const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** The status text to build an answer with: one `new Response` would refuse (a control character, say) is dropped, not thrown. */
export function safeStatusText(statusText: string): string {
  return REASON_PHRASE.test(statusText) ? statusText : '';
}

/** An answer read in full inside the attempt's timeout: see `bufferAnswer`. */
export interface BufferedAnswer extends Response {
  /** The body as text, decoded once. */
  readonly bufferedText: string;
  /** The body parsed as JSON; a body that is empty, not JSON or nested too deep is `unexpected_response`. */
  parsedJson(): unknown;
  /** Throws what `parsedJson` throws; the parse is kept for the next `json()`, which takes it. */
  checkJson(): void;
  clone(): BufferedAnswer;
}

type BufferedAnswerClass = new (
  bytes: Uint8Array,
  source: Pick<Response, 'status' | 'statusText' | 'headers' | 'url'>,
  scope: CallScope,
) => BufferedAnswer;

// Defined on first use: naming `Response` makes Node load its fetch implementation, tens of
// milliseconds that would otherwise be added to importing the package rather than to the first call.
let AnswerClass: BufferedAnswerClass | undefined;

/**
 * An answer read in full inside the attempt's timeout. It is a real `Response`, answering
 * `text()`, `json()`, `arrayBuffer()` and `clone()` from the bytes already read, as often as
 * asked, and keeping the original's headers and URL instead of copying them: the copies a
 * plain `new Response(bytes, init)` makes cost more than a whole call to openapi-fetch.
 */
export function bufferAnswer(
  bytes: Uint8Array,
  source: Pick<Response, 'status' | 'statusText' | 'headers' | 'url'>,
  scope: CallScope,
): BufferedAnswer {
  AnswerClass ??= defineBufferedAnswer();
  return new AnswerClass(bytes, source, scope);
}

/** True for an answer the transport read in full. */
export function isBufferedAnswer(response: Response): response is BufferedAnswer {
  return AnswerClass !== undefined && response instanceof AnswerClass;
}

/** The text of an answer the transport read in full; '' for any other (a stream is not read here). */
export function bufferedTextOf(response: Response): string {
  return isBufferedAnswer(response) ? response.bufferedText : '';
}

function defineBufferedAnswer(): BufferedAnswerClass {
  return class Buffered extends Response implements BufferedAnswer {
    readonly #bytes: Uint8Array;
    readonly #headers: Headers;
    readonly #url: string;
    #text: string | undefined;
    /** The parse `checkJson` made, handed to the first `json()` instead of parsing again. */
    #checked: { value: unknown } | undefined;

    constructor(
      bytes: Uint8Array,
      source: Pick<Response, 'status' | 'statusText' | 'headers' | 'url'>,
      scope: CallScope,
    ) {
      super(null, {
        status: source.status,
        statusText: safeStatusText(source.statusText),
      });
      this.#bytes = bytes;
      this.#headers = source.headers;
      this.#url = source.url;
      scopes.set(this, scope);
    }

    override get headers(): Headers {
      return this.#headers;
    }

    override get url(): string {
      return this.#url;
    }

    override get bodyUsed(): boolean {
      return false;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      if (this.#bytes.byteLength === 0) return null;
      const bytes = this.#bytes.slice();
      return new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
    }

    get bufferedText(): string {
      this.#text ??= decoder.decode(this.#bytes);
      return this.#text;
    }

    parsedJson(): unknown {
      const parsed = parseJsonText(this.bufferedText);
      if (!parsed.ok)
        throw unexpectedAnswer(
          scopeOf(this),
          { status: this.status, headers: this.#headers, text: this.bufferedText },
          parsed.problem,
        );
      return parsed.value;
    }

    checkJson(): void {
      this.#checked = { value: this.parsedJson() };
    }

    override text(): Promise<string> {
      return Promise.resolve(this.bufferedText);
    }

    override json(): Promise<unknown> {
      const checked = this.#checked;
      // Taken, not shared: a second caller gets a value of its own to change.
      this.#checked = undefined;
      if (checked) return Promise.resolve(checked.value);
      return Promise.resolve().then(() => this.parsedJson());
    }

    override arrayBuffer(): Promise<ArrayBuffer> {
      return Promise.resolve(this.#bytes.slice().buffer);
    }

    override bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return Promise.resolve(this.#bytes.slice());
    }

    override blob(): Promise<Blob> {
      return Promise.resolve(new Blob([this.#bytes.slice()], { type: this.#headers.get('content-type') ?? '' }));
    }

    override clone(): BufferedAnswer {
      return new Buffered(this.#bytes, this, scopeOf(this));
    }
  };
}

/** What an error about this answer needs to know about the call that got it. */
export function scopeOf(response: Response): CallScope {
  const scope = scopes.get(response);
  if (!scope) throw new TypeError('This answer did not come through a workflow-clients transport.');
  return scope;
}

/** Remembers the scope of a streamed answer, which is not a BufferedAnswer. */
export function rememberScope(response: Response, scope: CallScope): Response {
  scopes.set(response, scope);
  return response;
}
