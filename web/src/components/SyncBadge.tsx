import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/index.tsx';
import { badgeOf, useNodeStatus } from '../node-status.tsx';
import { hrefFor } from '../router.ts';

/**
 * The link upward in the header of every page: a dot and words ("Online · synced 2 min ago",
 * "Offline since 10:42 · 37 records waiting"), linking to the Sync page. Nothing on a standalone
 * node. The dot's colour repeats what the words say; it is never the only sign.
 */
export function SyncBadge() {
  const { t, lang } = useI18n();
  const { node } = useNodeStatus();
  if (!node) return null;
  const badge = badgeOf(t, lang, node);
  if (!badge) return null;
  const last = node.sync.lastSuccessAt;
  return (
    <a
      className={`sync-badge sync-badge-${badge.tone}`}
      href={hrefFor('sync')}
      data-testid="sync-badge"
      data-link={node.sync.enrolled ? node.sync.link : node.tier}
      title={last ? t('sync.badge.lastSync', { time: formatDateTime(last, lang) }) : t('sync.badge.open')}
    >
      <span className="sync-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('sync.badge.label')}: </span>
      <span className="sync-badge-text">{badge.text}</span>
    </a>
  );
}
