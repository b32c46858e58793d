// Types for the throwaway-PostgreSQL helper, so that benchmarks importing it are type-checked.
export interface ThrowawayPostgres {
  url: string;
  port: number;
  version: string;
  stop(): Promise<void>;
}
export function startPostgres(): Promise<ThrowawayPostgres>;
