import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, ApiError, type Role, type SessionUser, type UnitNode, type UserRow } from '../api.ts';
import type { NewUser } from '../contract.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { Modal } from '../components/Modal.tsx';
import { ReasonDialog } from '../components/ReasonDialog.tsx';
import { TemporaryPassword } from '../components/SecretBox.tsx';
import { UnitOptions } from '../components/StationField.tsx';
import { useDialogs } from '../components/StepDialog.tsx';
import { errorText, problemView } from '../errors.ts';
import { roleName, treeIndent, unitName } from '../format.ts';
import { useUnits } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';

type Action = 'disable' | 'enable' | 'reset' | 'unlock';

type Dialog = { kind: 'create' } | { kind: 'action'; action: Action; user: UserRow } | null;

export function UsersPage({ user: me }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState('');
  const [unitFilter, setUnitFilter] = useState('');
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const { units } = useUnits(me);
  const [roles, setRoles] = useState<Role[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const dialogs = useDialogs<Exclude<Dialog, null>>();
  const { dialog, close } = dialogs;
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    api
      .roles()
      .then((r) => live && setRoles(r.roles))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  // The list: reloaded when the filter settles (debounced) or after an action.
  useEffect(() => {
    const ctrl = new AbortController();
    const timer = window.setTimeout(
      () => {
        api
          .users(q.trim(), unitFilter, ctrl.signal)
          .then((r) => {
            setUsers(r.users);
            setError(null);
          })
          .catch((err: unknown) => {
            if (err instanceof DOMException && err.name === 'AbortError') return;
            setError(errorText(t, err));
          });
      },
      version === 0 && q === '' ? 0 : 250,
    );
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q, unitFilter, version]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const unitsByCode = useMemo(() => new Map(units.map((u) => [u.code, u])), [units]);
  const can = (perm: string) => me.permissions.includes(perm);
  const canCreate = can('user.create') && roles.length > 0 && units.length > 0;

  function open(d: Exclude<Dialog, null>) {
    setStatus(null);
    dialogs.open(d);
  }

  const actionLabel = (a: Action) => (a === 'disable' ? t('users.action.disable') : a === 'enable' ? t('users.action.enable') : a === 'reset' ? t('users.action.reset') : t('users.action.unlock'));

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('users.title')}</h1>
          <p className="lead">{t('users.intro')}</p>
        </div>
        {canCreate ? (
          <button type="button" className="btn btn-primary" onClick={() => open({ kind: 'create' })}>
            {t('users.create')}
          </button>
        ) : null}
      </div>

      <div className="toolbar" role="search">
        <TextField label={t('users.filter')} hint={t('users.filterHint')} type="search" name="q" autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)} className="toolbar-grow" />
        {units.length > 1 ? (
          <SelectField label={t('users.filterUnit')} name="unit" value={unitFilter} onChange={(e) => setUnitFilter(e.target.value)}>
            <option value="">{t('users.allUnits')}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {treeIndent(u.depth - (units[0]?.depth ?? 0))}
                {unitName(u, lang)} ({u.code})
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>

      <Notice tone="success">{status}</Notice>
      <ErrorMessage message={error} />

      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="users-caption">
        <table className="data-table" data-testid="users-table">
          <caption id="users-caption" className="visually-hidden">
            {t('users.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('users.col.username')}</th>
              <th scope="col">{t('users.col.name')}</th>
              <th scope="col">{t('users.col.role')}</th>
              <th scope="col">{t('users.col.unit')}</th>
              <th scope="col">{t('users.col.status')}</th>
              <th scope="col">{t('users.col.locked')}</th>
              <th scope="col">{t('users.col.mfa')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('users.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users === null && !error ? (
              <tr>
                <td colSpan={8} className="muted">
                  {t('common.loading')}
                </td>
              </tr>
            ) : null}
            {users?.length === 0 ? (
              <tr>
                <td colSpan={8} className="muted">
                  {q || unitFilter ? t('users.emptyFiltered') : t('users.empty')}
                </td>
              </tr>
            ) : null}
            {users?.map((u) => {
              const unit = unitsByCode.get(u.unitCode);
              const self = u.id === me.id;
              const actions: Action[] = self ? [] : ([u.status === 'active' ? 'disable' : 'enable', 'reset', ...(u.locked ? ['unlock'] : [])] as Action[]).filter((a) => can(`user.${a}`));
              return (
                <tr key={u.id} data-username={u.username}>
                  <td className="cell-username">
                    <code>{u.username}</code>
                  </td>
                  <td>{u.displayName}</td>
                  <td>{roleName(t, u.role)}</td>
                  <td>
                    {unit ? <span className="cell-unit">{unitName(unit, lang)}</span> : null}
                    <code className="cell-code">{u.unitCode}</code>
                  </td>
                  <td>
                    <span className={`badge ${u.status === 'active' ? 'badge-success' : 'badge-muted'}`}>{u.status === 'active' ? t('users.status.active') : t('users.status.disabled')}</span>
                  </td>
                  <td>{u.locked ? <span className="badge badge-failure">{t('users.locked.yes')}</span> : t('common.no')}</td>
                  <td>{u.mfaEnrolled ? t('common.yes') : <span className="badge badge-warning">{t('users.mfa.pending')}</span>}</td>
                  <td className="row-actions">
                    <div className="row-actions-inner">
                      {self ? <span className="muted small">{t('users.you')}</span> : null}
                      {actions.map((a, i) => (
                        <button
                          key={i}
                          type="button"
                          className={`btn btn-small ${a === 'disable' ? 'btn-danger-outline' : 'btn-secondary'}`}
                          aria-label={`${actionLabel(a)}: ${u.username}`}
                          onClick={() => open({ kind: 'action', action: a, user: u })}
                        >
                          {actionLabel(a)}
                        </button>
                      ))}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {users && users.length > 0 ? <p className="muted small">{t('users.count', { count: users.length })}</p> : null}

      {dialog?.kind === 'create' ? (
        <CreateUserDialog units={units} roles={roles} defaultUnit={unitsByCode.has(me.unit.code) ? me.unit.code : (units[0]?.code ?? '')} onCreated={refresh} onClose={close} />
      ) : null}
      {dialog?.kind === 'action' ? (
        <ActionDialog
          action={dialog.action}
          user={dialog.user}
          title={actionLabel(dialog.action)}
          onDone={(message) => {
            refresh();
            setStatus(message);
          }}
          onClose={close}
        />
      ) : null}
    </>
  );
}

/** As the server checks it (src/directory/users.ts). */
const USERNAME_PATTERN = /^[a-z][a-z0-9.-]{2,39}$/;

function CreateUserDialog({ units, roles, defaultUnit, onCreated, onClose }: { units: UnitNode[]; roles: Role[]; defaultUnit: string; onCreated: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [unitCode, setUnitCode] = useState(defaultUnit);
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string | undefined>>({});
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);

  const unit = units.find((u) => u.code === unitCode);
  const allowedRoles = unit ? roles.filter((r) => r.unitKinds.includes(unit.kind)) : [];

  // Keep the role valid for the chosen unit; pick the only choice when there is one.
  useEffect(() => {
    if (role && !allowedRoles.some((r) => r.code === role)) setRole('');
    if (!role && allowedRoles.length === 1) setRole(allowedRoles[0]!.code);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unitCode, roles]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const f: Record<string, string | undefined> = {};
    if (!username.trim()) f['username'] = t('users.form.required');
    else if (!USERNAME_PATTERN.test(username.trim().toLowerCase())) f['username'] = t('users.form.usernameInvalid');
    if (!displayName.trim()) f['displayName'] = t('users.form.required');
    if (!unitCode) f['unitCode'] = t('users.form.required');
    if (!role) f['role'] = t('users.form.required');
    setFields(f);
    if (Object.keys(f).length) {
      setError(t('form.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // An unchosen role is sent as it is: the server's answer names the field.
      const r = await api.createUser({ username: username.trim(), displayName: displayName.trim(), role: role as NewUser['role'], unitCode });
      setCreated({ username: r.user.username, password: r.temporaryPassword });
      onCreated();
    } catch (err) {
      const { summary, fields: fe } = problemView(t, err, {
        username: t('users.form.username'),
        displayName: t('users.form.displayName'),
        role: t('users.form.role'),
        unitCode: t('users.form.unit'),
      });
      setFields(fe);
      setError(summary);
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <Modal title={t('users.created.title')} onClose={onClose}>
        <Notice tone="success">{t('users.created.message', { username: created.username })}</Notice>
        <TemporaryPassword password={created.password} username={created.username} />
        <div className="form-actions">
          <button type="button" className="btn btn-primary" autoFocus onClick={onClose}>
            {t('common.done')}
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title={t('users.createTitle')} onClose={onClose} wide>
      <ErrorMessage message={error} />
      <form onSubmit={submit} noValidate className="form-stack">
        <div className="form-row">
          <TextField
            label={t('users.form.username')}
            hint={t('users.form.usernameHint')}
            error={fields['username']}
            name="username"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <TextField
            label={t('users.form.displayName')}
            error={fields['displayName']}
            name="displayName"
            autoComplete="off"
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </div>
        <SelectField label={t('users.form.unit')} error={fields['unitCode']} name="unitCode" required value={unitCode} onChange={(e) => setUnitCode(e.target.value)}>
          <option value="">{t('users.form.chooseUnit')}</option>
          <UnitOptions units={units} />
        </SelectField>
        <SelectField
          label={t('users.form.role')}
          hint={unit && allowedRoles.length === 0 ? t('users.form.noRoles') : t('users.form.roleHint')}
          error={fields['role']}
          name="role"
          required
          disabled={!unit || allowedRoles.length === 0}
          value={role}
          onChange={(e) => setRole(e.target.value)}
        >
          <option value="">{t('users.form.chooseRole')}</option>
          {allowedRoles.map((r) => (
            <option key={r.code} value={r.code}>
              {roleName(t, r.code)}
            </option>
          ))}
        </SelectField>
        <FormActions busy={busy} submit={t('users.form.submit')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function ActionDialog({ action, user, title, onDone, onClose }: { action: Action; user: UserRow; title: string; onDone: (message: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [tempPassword, setTempPassword] = useState<string | null>(null);

  const explain =
    action === 'disable'
      ? t('users.action.disableExplain', { username: user.username })
      : action === 'enable'
        ? t('users.action.enableExplain', { username: user.username })
        : action === 'reset'
          ? t('users.action.resetExplain', { username: user.username })
          : t('users.action.unlockExplain', { username: user.username });

  const doneMessage =
    action === 'disable'
      ? t('users.action.disabled', { username: user.username })
      : action === 'enable'
        ? t('users.action.enabled', { username: user.username })
        : action === 'reset'
          ? t('users.action.wasReset', { username: user.username })
          : t('users.action.unlocked', { username: user.username });

  if (tempPassword) {
    return (
      <Modal title={t('users.action.resetDoneTitle')} onClose={onClose}>
        <TemporaryPassword password={tempPassword} username={user.username} />
        <div className="form-actions">
          <button type="button" className="btn btn-primary" autoFocus onClick={onClose}>
            {t('common.done')}
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <ReasonDialog
      title={`${title}: ${user.username}`}
      intro={explain}
      label={t('users.action.reason')}
      hint={t('users.action.reasonHint')}
      rows={3}
      minLength={3}
      tooShort={t('users.action.reasonRequired')}
      confirm={title}
      tone={action === 'disable' ? 'danger' : 'primary'}
      onConfirm={async (reason) => {
        try {
          const r = await api.userAction(user.id, action, reason);
          onDone(doneMessage);
          if (action === 'reset' && 'temporaryPassword' in r) setTempPassword(r.temporaryPassword);
          else onClose();
        } catch (err) {
          if (err instanceof ApiError && err.status === 401) onClose();
          throw err;
        }
      }}
      onClose={onClose}
    />
  );
}
