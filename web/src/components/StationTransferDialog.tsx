import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { errorsFor, useSubmission, type FieldErrors } from '../forms.ts';
import { useStations } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { ShortTextArea } from './Field.tsx';
import { FormActions } from './FormActions.tsx';
import { Modal } from './Modal.tsx';
import { StationField } from './StationField.tsx';

/**
 * "Send this to another station, with a reason": a zero FIR to the station where the offence
 * happened, or a case to the station or agency that will investigate it. The station and the
 * reason are checked here for being there; the server decides the rest.
 */
export function StationTransferDialog({
  user,
  title,
  intro,
  stationLabel,
  submit: submitLabel,
  exclude,
  initial = '',
  testId,
  onSend,
  onClose,
}: {
  user: SessionUser;
  title: string;
  intro: string;
  stationLabel: string;
  submit: string;
  /** The station that holds it now: not offered. */
  exclude: string;
  initial?: string;
  testId?: string;
  onSend: (toStationCode: string, reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const stations = useStations(user);
  const [station, setStation] = useState(initial);
  const [reason, setReason] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!station.trim()) found['toStationCode'] = t('form.required');
    if (reason.trim().length < 5) found['reason'] = t('form.reasonShort');
    if (refuse(found)) return;
    await attempt(() => onSend(station.trim(), reason.trim()));
  }

  return (
    <Modal title={title} onClose={onClose}>
      <p className="muted">{intro}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid={testId}>
        <StationField path="toStationCode" label={stationLabel} value={station} onChange={setStation} stations={stations} exclude={exclude} error={fe('toStationCode', stationLabel)} required />
        <ShortTextArea path="reason" label={t('common.reason')} fe={fe} value={reason} onChange={setReason} />
        <FormActions busy={busy} submit={submitLabel} onCancel={onClose} />
      </form>
    </Modal>
  );
}
