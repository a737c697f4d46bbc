import { invalidInput } from '../errors/error-factory.js';
import type { WorkflowApiError } from '../errors/workflow-api-error.js';
import { ownOptions } from '../guards/own-options.js';
import { credentialPattern, redactText } from '../utils/redact.js';
import type { VendorInfo } from '../vendor/vendor-definition.js';
import { type CallEvent, type ClientHooks, DEBUG_ENV_VAR, type Logger } from './call-events.js';

const HOOK_NAMES = ['onRequest', 'onResponse', 'onRetry', 'onError'] as const;

/**
 * `hooks` and `logger` as the client options give them, checked when the client is made. The
 * hooks come back as a copy of the caller's own functions, each read once here: a getter that
 * throws is refused now, and cannot reach a call later.
 */
export function checkObservers(
  vendor: VendorInfo,
  hooks: unknown,
  logger: unknown,
): { hooks?: ClientHooks; logger?: Logger } {
  const checked: { hooks?: ClientHooks; logger?: Logger } = {};
  if (hooks !== undefined) {
    if (hooks === null || typeof hooks !== 'object')
      throw invalidInput(vendor, '`hooks` must be an object of functions.');
    const own: Record<string, unknown> = ownOptions(vendor, hooks as Record<string, unknown>, '`hooks`');
    for (const [name, hook] of Object.entries(own)) {
      if (!(HOOK_NAMES as readonly string[]).includes(name))
        throw invalidInput(
          vendor,
          `\`hooks\` has no \`${name.slice(0, 40)}\`; the hooks are ${HOOK_NAMES.join(', ')}.`,
        );
      if (typeof hook !== 'function') throw invalidInput(vendor, `\`hooks.${name}\` must be a function.`);
    }
    checked.hooks = own as ClientHooks;
  }
  if (logger !== undefined) {
    let debug: unknown;
    try {
      debug = (logger as Logger | null)?.debug;
    } catch {}
    if (typeof debug !== 'function')
      throw invalidInput(vendor, '`logger` must have a `debug` method, as console, pino and winston do.');
    checked.logger = logger as Logger;
  }
  return checked;
}

/** Calls an observer, and forgets whatever it throws or rejects with. */
function quietly<Event>(observer: ((event: Event) => unknown) | undefined, event: Event): void {
  if (!observer) return;
  try {
    const result = observer(event);
    if (result && typeof (result as Promise<unknown>).catch === 'function')
      (result as Promise<unknown>).catch(() => {});
  } catch {}
}

/** Durations as events and log lines give them: whole milliseconds, never negative. */
const wholeMs = (ms: number): number => Math.max(0, Math.round(ms));

/** What the transport tells about one call; undefined when nobody listens, so that costs nothing. */
export interface CallObserver {
  request(attempt: number): void;
  response(attempt: number, status: number, durationMs: number): void;
  retry(attempt: number, delayMs: number, error: WorkflowApiError, durationMs: number): void;
  failed(attempt: number, error: WorkflowApiError, durationMs: number): void;
}

let lastCallId = 0;

/** The observers of a client: its hooks and its logger, or stderr when the environment asks for debug logging. */
export function createObservers(
  vendor: VendorInfo,
  hooks: ClientHooks | undefined,
  logger: Logger | undefined,
  env: (name: string) => string | undefined,
):
  | ((call: { method: string; url: string; operation: string; credentials: () => readonly string[] }) => CallObserver)
  | undefined {
  const debugFromEnv = !logger && /^(1|true|yes|on)$/i.test(env(DEBUG_ENV_VAR) ?? '');
  const log = logger ?? (debugFromEnv ? { debug: (line: string) => console.error(line) } : undefined);
  if (!hooks && !log) return undefined;
  return ({ method, url, operation, credentials }) => {
    const callId = ++lastCallId;
    const safeUrl = redactText(url, credentialPattern(credentials()));
    const base = (attempt: number): CallEvent => ({
      vendor: vendor.slug,
      operation,
      method,
      url: safeUrl,
      attempt,
      callId,
    });
    // "attempt 1: 429 in 19 ms, retrying in 250 ms": what happened, how long it took, what comes next.
    const line = (attempt: number, outcome: string, durationMs: number, next = '') =>
      log &&
      quietly(
        (text: string) => log.debug(text),
        `workflow-clients ${vendor.slug} ${method} ${safeUrl} attempt ${attempt}: ${outcome} in ${durationMs} ms${next}`,
      );
    return {
      request: (attempt) => quietly(hooks?.onRequest, base(attempt)),
      response(attempt, status, elapsedMs) {
        const durationMs = wholeMs(elapsedMs);
        quietly(hooks?.onResponse, { ...base(attempt), status, durationMs });
        if (status >= 200 && status < 300) line(attempt, String(status), durationMs);
      },
      retry(attempt, pauseMs, error, elapsedMs) {
        const { status } = error;
        const [delayMs, durationMs] = [wholeMs(pauseMs), wholeMs(elapsedMs)];
        quietly(hooks?.onRetry, { ...base(attempt), delayMs, error, ...(status ? { status } : {}), durationMs });
        line(
          attempt,
          `${status ?? error.code}`,
          durationMs,
          delayMs > 0 ? `, retrying in ${delayMs} ms` : ', retrying now',
        );
      },
      failed(attempt, error, elapsedMs) {
        const { status } = error;
        const durationMs = wholeMs(elapsedMs);
        quietly(hooks?.onError, { ...base(attempt), error, ...(status ? { status } : {}), durationMs });
        line(attempt, `failed with ${error.code}${status ? ` (${status})` : ''}`, durationMs);
      },
    };
  };
}
