// Sync between nodes (station → state → national) and the alerts broadcast down through it.
// Shapes are the server's schemas (contract.ts, from src/api/schemas/sync.ts and alert.ts).
import { request, uploadPhoto, type CallOptions } from './api.ts';
import type { Alert, AlertInput, AlertList, NodeAdded, NodeHealth, NodeList, RoundAnswer, ThisNode } from './contract.ts';
export type { Alert, AlertInput, NodeHealth, RoundAnswer, RoundReport, SyncStatus, ThisNode } from './contract.ts';

const enc = encodeURIComponent;

export const sync = {
  node: (opts: CallOptions = {}) => request<ThisNode>('GET', '/api/v1/node', undefined, opts),
  runNow: () => request<RoundAnswer>('POST', '/api/v1/node/sync', {}),
  nodes: () => request<NodeList>('GET', '/api/v1/nodes'),
  addNode: (unitCode: string, label?: string) => request<NodeAdded>('POST', '/api/v1/nodes', { unitCode, ...(label ? { label } : {}) }),
  revokeNode: (id: string, reason: string) => request<{ node: NodeHealth }>('POST', `/api/v1/nodes/${enc(id)}/revoke`, { reason }),

  alerts: (status: 'active' | 'all') => request<AlertList>('GET', `/api/v1/alerts?status=${status}`),
  issueAlert: (input: AlertInput) => request<Alert>('POST', '/api/v1/alerts', input),
  withdrawAlert: (id: string, reason: string) => request<Alert>('POST', `/api/v1/alerts/${enc(id)}/withdraw`, { reason }),
  uploadAlertPhoto: (file: Blob) => uploadPhoto(file, '/api/v1/alerts/photos'),
  alertPhotoUrl: (id: string) => `/api/v1/alerts/${enc(id)}/photo`,
};
