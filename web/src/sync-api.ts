// Sync between nodes (station → state → national) and the alerts broadcast down through it.
// Shapes follow src/api/schemas/sync.ts, src/sync/downstream.ts (SyncStatus),
// src/sync/node-registry.ts (NodeHealth) and src/api/schemas/alert.ts.
import { request, uploadPhoto, type CallOptions } from './api.ts';
import type { AlertKind, AlertStatus, LinkState, NodeStatus } from './codes.ts';

/** This node's link to its upstream (GET /api/v1/node → sync). */
export interface SyncStatus {
  tier: string;
  unit: string;
  enrolled: boolean;
  upstream: { url: string; unit: string; nodeId: string; enrolledAt: string } | null;
  link: LinkState | string;
  running: boolean;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastPushAt?: string | null;
  lastPullAt?: string | null;
  lastError: string | null;
  lastErrorAt?: string | null;
  consecutiveFailures?: number;
  nextAttemptAt?: string | null;
  waitingEvents: number;
  waitingFiles: number;
  missingFiles: number;
  eventsPushed?: number;
  eventsPulled?: number;
  firstSyncDone: boolean;
  /** Seconds to add to this node's clock to get the upstream's (learned at each round). */
  clockOffsetSeconds?: number;
}

/** GET /api/v1/node. */
export interface ThisNode {
  tier: string;
  unit: string;
  unitName: string | null;
  /** Whether nodes below may enrol with this one (state, national). */
  acceptsNodes: boolean;
  darkAfterHours: number;
  sync: SyncStatus;
}

export interface RoundReport {
  pushed: number;
  pulled: number;
  filesUp: number;
  filesDown: number;
  milliseconds: number;
  restored?: number;
}

/** POST /api/v1/node/sync: the round, successful or not, and the link after it. */
export interface RoundAnswer {
  ok: boolean;
  error: string | null;
  report: RoundReport | null;
  sync: SyncStatus;
}

/** A node enrolled (or to be enrolled) below this one, and its sync health. */
export interface NodeHealth {
  id: string;
  unitCode: string;
  unitName: string | null;
  label: string;
  status: NodeStatus | string;
  createdAt?: string;
  createdBy?: string;
  enrolExpiresAt?: string | null;
  enrolledAt?: string | null;
  revokedAt?: string | null;
  revokeReason?: string | null;
  lastSeenAt: string | null;
  lastPushAt: string | null;
  lastError: string | null;
  lastErrorAt?: string | null;
  eventsReceived: number;
  newestEventAt: string | null;
  waitingReported: number | null;
  silentSeconds: number | null;
  dark: boolean;
}

export interface Alert {
  id: string;
  kind: AlertKind | string;
  title: string;
  details: string;
  photoSha256: string | null;
  targetUnit: string;
  issuerUnit: string;
  /** The issuing officer's name. */
  issuedBy: string;
  issuedAt: string;
  expiresAt: string | null;
  status: AlertStatus | string;
  withdrawnAt: string | null;
  withdrawReason: string | null;
}

export interface AlertInput {
  kind: string;
  title: string;
  details: string;
  targetUnit?: string;
  expiresAt?: string;
  photoSha256?: string;
}

const enc = encodeURIComponent;

export const sync = {
  node: (opts: CallOptions = {}) => request<ThisNode>('GET', '/api/v1/node', undefined, opts),
  runNow: () => request<RoundAnswer>('POST', '/api/v1/node/sync', {}),
  nodes: () => request<{ nodes: NodeHealth[]; darkAfterHours: number }>('GET', '/api/v1/nodes'),
  addNode: (unitCode: string, label?: string) =>
    request<{ node: NodeHealth; enrolmentCode: string }>('POST', '/api/v1/nodes', { unitCode, ...(label ? { label } : {}) }),
  revokeNode: (id: string, reason: string) => request<{ node: NodeHealth }>('POST', `/api/v1/nodes/${enc(id)}/revoke`, { reason }),

  alerts: (status: 'active' | 'all') => request<{ alerts: Alert[] }>('GET', `/api/v1/alerts?status=${status}`),
  issueAlert: (input: AlertInput) => request<Alert>('POST', '/api/v1/alerts', input),
  withdrawAlert: (id: string, reason: string) => request<Alert>('POST', `/api/v1/alerts/${enc(id)}/withdraw`, { reason }),
  uploadAlertPhoto: (file: Blob) => uploadPhoto(file, '/api/v1/alerts/photos'),
  alertPhotoUrl: (id: string) => `/api/v1/alerts/${enc(id)}/photo`,
};
