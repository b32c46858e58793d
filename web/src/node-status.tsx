// This node and its link upward (GET /api/v1/node), shared by the header badge and the Sync page.
//
// Read when the shell opens and when the Sync page opens, soon after each change this tab made (the
// new records wait to be sent), and every 30 s while the tab is visible (at once when it becomes
// visible again), whether or not anyone touches the page, so a screen that is only watched still
// shows the link change. The 30-second reading is a background request (`x-cctns-background: 1`):
// the server does not count it as activity for the idle lock, so an unattended screen still locks
// after the idle limit: the next reading is refused and the app goes back to the sign-in page. The
// other readings follow what the officer did and count as activity.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { onWrite } from './api.ts';
import { agoText, formatWhen, linkName, secondsSince } from './format.ts';
import type { Lang, TFunction } from './i18n/index.tsx';
import { sync, type SyncStatus, type ThisNode } from './sync-api.ts';

const EVERY_MS = 30_000;

interface NodeStatusValue {
  node: ThisNode | null;
  /** Read again now. */
  reload: () => void;
  /** The link as a sync round left it (POST /api/v1/node/sync answers it). */
  setSync: (s: SyncStatus) => void;
}

const NodeStatusContext = createContext<NodeStatusValue>({ node: null, reload: () => undefined, setSync: () => undefined });

export function NodeStatusProvider({ children }: { children: ReactNode }) {
  const [node, setNode] = useState<ThisNode | null>(null);
  const live = useRef(true);

  const read = useCallback((background: boolean) => {
    sync
      .node({ background })
      .then((n) => {
        if (live.current) setNode(n);
      })
      .catch(() => undefined);
  }, []);
  const reload = useCallback(() => read(false), [read]);

  const setSyncStatus = useCallback((s: SyncStatus) => setNode((n) => (n ? { ...n, sync: s } : n)), []);

  useEffect(() => {
    live.current = true;
    reload();
    const refresh = () => {
      if (document.visibilityState !== 'hidden') read(true);
    };
    const timer = window.setInterval(refresh, EVERY_MS);
    document.addEventListener('visibilitychange', refresh);
    // After a change: at once (the record now waits), and again when a round it started may be over.
    const soon: number[] = [];
    const off = onWrite(() => {
      for (const id of soon.splice(0)) window.clearTimeout(id);
      soon.push(window.setTimeout(reload, 300), window.setTimeout(reload, 5000));
    });
    return () => {
      live.current = false;
      window.clearInterval(timer);
      for (const id of soon) window.clearTimeout(id);
      document.removeEventListener('visibilitychange', refresh);
      off();
    };
  }, [read, reload]);

  return <NodeStatusContext.Provider value={{ node, reload, setSync: setSyncStatus }}>{children}</NodeStatusContext.Provider>;
}

export function useNodeStatus(): NodeStatusValue {
  return useContext(NodeStatusContext);
}

export type BadgeTone = 'ok' | 'warn' | 'bad' | 'info';

export function recordsText(t: TFunction, n: number): string {
  return n === 1 ? t('count.records.one') : t('count.records.many', { n });
}

export function filesText(t: TFunction, n: number): string {
  return n === 1 ? t('count.files.one') : t('count.files.many', { n });
}

export function waitingText(t: TFunction, n: number): string {
  return n === 1 ? t('sync.badge.waitingOne') : t('sync.badge.waitingMany', { n });
}

/**
 * What the header says about the link: null on a standalone node (there is nothing to sync with).
 * A state or national node without an upstream simply names its tier.
 */
export function badgeOf(t: TFunction, lang: Lang, node: ThisNode, now = Date.now()): { tone: BadgeTone; text: string } | null {
  const s = node.sync;
  if (node.tier === 'standalone') return null;
  if (!s.enrolled) {
    if (node.tier === 'station') return { tone: 'bad', text: t('sync.badge.notEnrolled') };
    if (node.tier === 'national') return { tone: 'info', text: t('sync.badge.nationalNode') };
    return { tone: 'info', text: t('sync.badge.stateNode', { unit: node.unit }) };
  }
  const waiting = s.waitingEvents > 0 ? ` · ${waitingText(t, s.waitingEvents)}` : '';
  if (s.running) return { tone: 'info', text: t('sync.badge.running') + waiting };
  switch (s.link) {
    case 'online': {
      const ago = secondsSince(s.lastSuccessAt, now);
      return { tone: 'ok', text: (ago === null ? t('sync.badge.onlineOnly') : t('sync.badge.online', { ago: agoText(t, ago) })) + waiting };
    }
    case 'offline':
      return {
        tone: 'warn',
        text: (s.lastSuccessAt ? t('sync.badge.offlineSince', { time: formatWhen(s.lastSuccessAt, lang, new Date(now)) }) : t('sync.badge.offline')) + waiting,
      };
    case 'refused':
      return { tone: 'bad', text: node.tier === 'state' ? t('sync.badge.refusedNational') : t('sync.badge.refusedState') };
    case 'never-synced':
      return { tone: 'warn', text: t('sync.badge.never') + waiting };
    default:
      return { tone: 'warn', text: linkName(t, s.link) + waiting };
  }
}
