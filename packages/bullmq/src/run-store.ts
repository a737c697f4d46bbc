import { isWorkflowApiError } from '@workflow-clients/core';
import { plainError } from '@workflow-clients/core/internal';
import { type ConnectionOptions, createPostgresBackend, Queue, Worker, withBackend } from 'bullmq';

/** Where the queue lives: a Redis server (ioredis' options), or PostgreSQL 13 or later. */
export type RunStore =
  | { redis: ConnectionOptions; postgres?: undefined }
  | {
      /** A connection string, or node-postgres' pool options (with `schema`, BullMQ's tables' schema). */
      postgres:
        | string
        | (Record<string, unknown> & { connectionString?: string | undefined; schema?: string | undefined });
      redis?: undefined;
    };

/** The Queue and Worker classes of the store's backend, and what they connect with. */
export interface StoreClasses {
  Queue: typeof Queue;
  Worker: typeof Worker;
  connection: unknown;
  /** How the store is named in messages: its address, never a password. */
  name: string;
}

/** The store's classes; PostgreSQL's schema is migrated on first use (BullMQ locks it, so workers may race). */
export function storeClasses(store: RunStore, refuse: (message: string) => Error): StoreClasses {
  if (store && typeof store === 'object' && store.redis && !store.postgres) {
    const { host = '127.0.0.1', port = 6379 } = store.redis as { host?: string; port?: number };
    return { Queue, Worker, connection: store.redis, name: `Redis at ${host}:${port}` };
  }
  if (store && typeof store === 'object' && store.postgres && !store.redis) {
    const given = store.postgres;
    const connection =
      typeof given === 'string' ? { connectionString: given, migrate: true } : { migrate: true, ...given };
    const classes = withBackend(createPostgresBackend) as unknown as { Queue: typeof Queue; Worker: typeof Worker };
    return { ...classes, connection, name: `PostgreSQL at ${addressOf(connection)}` };
  }
  throw refuse(
    '`store` must name exactly one of `redis` (ioredis options) or `postgres` (a connection string or pool options).',
  );
}

/** Host and port of a PostgreSQL connection, for messages: the password never. */
function addressOf(connection: { connectionString?: string; host?: unknown; port?: unknown }): string {
  if (typeof connection.connectionString === 'string') {
    try {
      const url = new URL(connection.connectionString);
      return `${url.hostname}:${url.port || 5432}`;
    } catch {}
  }
  return `${String(connection.host ?? 'localhost')}:${String(connection.port ?? 5432)}`;
}

/**
 * `work` on the store, or a clear `WorkflowApiError`: `timeout` once `boundMs` has passed (an
 * unreachable Redis is retried by its client for ever, and a caller must not hang on it), or
 * `network` for the store's own failure (PostgreSQL refuses at once).
 */
export async function withinBound<T>(
  vendor: string,
  storeName: string,
  boundMs: number,
  what: string,
  work: () => Promise<T>,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const source = { slug: vendor, name: vendor };
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          plainError(
            source,
            'timeout',
            `The run queue's store (${storeName}) did not answer within ${boundMs} ms, so ${what} did not happen.`,
          ),
        ),
      boundMs,
    );
  });
  try {
    return await Promise.race([work(), late]);
  } catch (error) {
    if (isWorkflowApiError(error)) throw error;
    // The store's own error (a refused connection, a broken one): named as the store's, so that it
    // is not taken for the vendor's, and a WorkflowApiError like every other failure.
    throw plainError(
      source,
      'network',
      `The run queue's store (${storeName}) failed, so ${what} did not happen: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  } finally {
    clearTimeout(timer);
  }
}
