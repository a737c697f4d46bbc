export interface StoreServer {
  readonly port: number;
  readonly dir: string;
  readonly pid: number;
  /** Stops it with SIGKILL (a crash) or SIGTERM, and waits for it to exit. */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** Starts it again on the same port and data directory. */
  restart(): Promise<void>;
  /** Stops it and removes its data directory. */
  dispose(): Promise<void>;
}

export function startRedis(): Promise<StoreServer>;
export function postgresBin(): string | undefined;
export function startPostgres(): Promise<StoreServer>;
