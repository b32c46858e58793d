import { useEffect, useState } from 'react';
import { api, type AuditEntry } from '../api.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { errorText } from '../errors.ts';
import { auditActionName, auditOutcomeName, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/index.tsx';

export function ActivityPage() {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    api
      .myAudit(50)
      .then((r) => {
        if (live) setEntries(r.entries);
      })
      .catch((err: unknown) => {
        if (live) setError(errorText(t, err));
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reload]);

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('activity.title')}</h1>
          <p className="lead">{t('activity.intro')}</p>
        </div>
        <button type="button" className="btn btn-secondary" onClick={() => setReload((n) => n + 1)}>
          {t('common.refresh')}
        </button>
      </div>
      <ErrorMessage message={error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="activity-caption">
        <table className="data-table">
          <caption id="activity-caption" className="visually-hidden">
            {t('activity.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('activity.col.time')}</th>
              <th scope="col">{t('activity.col.action')}</th>
              <th scope="col">{t('activity.col.outcome')}</th>
              <th scope="col">{t('activity.col.from')}</th>
            </tr>
          </thead>
          <tbody>
            {entries === null && !error ? (
              <tr>
                <td colSpan={4} className="muted">
                  {t('common.loading')}
                </td>
              </tr>
            ) : null}
            {entries?.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">
                  {t('activity.empty')}
                </td>
              </tr>
            ) : null}
            {entries?.map((e) => (
              <tr key={e.seq}>
                <td className="nowrap">
                  <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                </td>
                <td className="cell-action">{auditActionName(t, e.action)}</td>
                <td>
                  <span className={`badge badge-${e.outcome}`}>{auditOutcomeName(t, e.outcome)}</span>
                </td>
                <td>
                  <code>{e.ip || t('common.none')}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('activity.timezone')}</p>
    </>
  );
}
