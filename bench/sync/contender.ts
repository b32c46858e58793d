/**
 * What bench/sync.ts needs from each way of moving a station's backlog to the state. The bench
 * puts a fresh LinkEmulator (same seed and settings for everyone) in front of the receiver after
 * prepare, so only transfer() crosses the link and is timed and counted.
 */
import type { Backlog } from './dataset.js';

export interface Contender {
  name: string;
  /**
   * Starts the receiving side and loads the sending side; nothing crosses the link yet. The
   * backlog's events are what to move; its network (the live state and station nodes) is for
   * the contender that is the real thing.
   */
  prepare(backlog: Backlog): Promise<Prepared>;
}

export interface Prepared {
  /** Where the link forwards to: the receiver's listening address. */
  target: { host: string; port: number };
  /** Moves every event through the link at linkUrl; resolves once the receiver holds them all. */
  transfer(linkUrl: string): Promise<Transfer>;
  close(): Promise<void>;
}

export interface Transfer {
  /** Requests retried, replications or sync rounds restarted. */
  attempts: number;
  /** Distinct backlog events the receiver holds at the end. */
  eventsDelivered: number;
  /** The receiver holds every event, once, exactly as sent. */
  exactlyOnce: boolean;
  /** Anything else worth printing (rounds, duplicates received, …). */
  detail?: Record<string, number | string>;
}
