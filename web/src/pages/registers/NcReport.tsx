import { useState } from 'react';
import type { SessionUser } from '../../api.ts';
import { Notice } from '../../components/Alert.tsx';
import { Options } from '../../components/Field.tsx';
import { checkFirFacts, FirFactsFields, firFactsPayload, openRegisteredFir } from '../../components/FirConversion.tsx';
import { PersonCard } from '../../components/PersonView.tsx';
import { PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { missing } from '../../forms.ts';
import { formatDate, formatDateTime, sectionLabel, sectionTitle, todayIst } from '../../format.ts';
import { can } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers, type NcReport } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { courtName, Facts, RecordLoading, useMagistrates, useRecord } from './common.tsx';
import { ncStatusName } from './NcReports.tsx';

/** One non-cognizable report: what was reported, the Magistrate it went to, its GD entry; the FIR when the Magistrate ordered investigation. */
export function NcReportPage({ user, id, justSaved }: { user: SessionUser; id: string; justSaved: boolean }) {
  const { t, lang } = useI18n();
  const { data: nc, error } = useRecord(() => registers.ncReport(id), id, justSaved, 'ncReport');
  const dialogs = useDialogs<'convert'>();
  if (!nc) return <RecordLoading title={t('nc.recordTitle')} error={error} />;
  const mayConvert = nc.status === 'registered' && can(user, 'record.register') && user.unit.kind === 'police_station' && user.unit.code === nc.stationCode;
  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <p>
            <a href={hrefFor('ncReports')}>{t('nc.back')}</a>
          </p>
          <h1 tabIndex={-1} data-testid="nc-number">
            {nc.number}
          </h1>
          <p className="lead">
            <span className={`badge ${nc.status === 'converted' ? 'badge-success' : 'badge-muted'}`} data-testid="nc-status">
              {ncStatusName(t, nc.status)}
            </span>{' '}
            {t('nc.receivedOn', { when: formatDateTime(nc.receivedAt, lang) })}
          </p>
        </div>
        {mayConvert ? (
          <button type="button" className="btn btn-primary" onClick={() => dialogs.open('convert')} data-testid="nc-convert">
            {t('nc.convert')}
          </button>
        ) : null}
      </div>
      <Notice tone="success">{justSaved && !dialogs.status ? t('nc.registered', { number: nc.number, court: courtName(nc.referredTo, lang) }) : dialogs.status}</Notice>

      {nc.fir ? (
        <p className="alert alert-success" data-testid="nc-fir">
          {t('nc.convertedTo')} <a href={hrefFor('fir', nc.fir.id)}>{nc.fir.number}</a>
          {nc.order ? ` · ${t('nc.orderLine', { reference: nc.order.reference, date: formatDate(nc.order.date, lang), court: courtName(nc.order.court, lang) })}` : ''}
        </p>
      ) : null}

      <section className="card" aria-labelledby="nc-what">
        <h2 id="nc-what">{t('nc.whatReported')}</h2>
        <p className="pre-wrap" data-testid="nc-substance">
          {nc.substance}
        </p>
        {nc.textWithheld ? <p className="muted">{t('case.textWithheld')}</p> : null}
        <Facts
          items={[
            [t('nc.place'), nc.place],
            [t('nc.occurredAt'), nc.occurredFrom ? formatDateTime(nc.occurredFrom, lang) : ''],
            [t('sections.label'), nc.sectionTitles.length ? nc.sectionTitles.map((s) => `${sectionLabel(s)} — ${sectionTitle(s, lang)}`).join('\n') : nc.sections.map(sectionLabel).join(', ')],
          ]}
        />
      </section>

      <section className="card" aria-labelledby="nc-persons">
        <h2 id="nc-persons">{t('nc.informant')}</h2>
        {nc.informant ? <PersonCard person={nc.informant} /> : <p className="muted">{t('person.withheldShort')}</p>}
        {nc.accused.length ? (
          <>
            <h3>{t('nc.named')}</h3>
            {nc.accused.map((p, i) => (
              <PersonCard key={p.masked ? `m${i}` : p.id} person={p} />
            ))}
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="nc-magistrate">
        <h2 id="nc-magistrate">{t('nc.magistrate')}</h2>
        <p data-testid="nc-referred">{t('nc.referredTo', { court: courtName(nc.referredTo, lang) })}</p>
        <Facts
          items={[
            [
              t('nc.gdEntry'),
              nc.gdEntry ? <a href={hrefFor('gd', null, { date: nc.gdEntry.gdDate })}>{t('nc.gdEntryValue', { no: nc.gdEntry.entryNo, date: formatDate(nc.gdEntry.gdDate, lang) })}</a> : '',
            ],
            [
              t('nc.diary'),
              nc.diary
                ? t('nc.diarySent', { from: formatDate(nc.diary.periodStart, lang), to: formatDate(nc.diary.periodEnd, lang), when: formatDateTime(nc.diary.forwardedAt, lang) })
                : t('nc.diaryNotYet'),
            ],
          ]}
        />
      </section>

      {dialogs.dialog === 'convert' ? <ConvertDialog nc={nc} onClose={dialogs.close} /> : null}
    </>
  );
}

/**
 * The Magistrate ordered investigation (BNSS 174(2)): the order's date, court and reference, and
 * the FIR's few facts not on the report (when the order reached the station, the brief facts,
 * prefilled). The report's informant becomes the complainant and its place, time and sections
 * the FIR's — the server registers the FIR and links both in one step.
 */
function ConvertDialog({ nc, onClose }: { nc: NcReport; onClose: () => void }) {
  const { t, lang } = useI18n();
  const form = useStepForm();
  const courts = useMagistrates(nc.stationCode);
  const [v, setV] = useState({ date: todayIst(), courtCode: '', reference: '', infoReceivedAt: '', briefFacts: nc.substance });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  return (
    <StepDialog
      form={form}
      wide
      title={t('nc.convertTitle', { number: nc.number })}
      intro={t('nc.convertIntro')}
      testId="nc-convert-form"
      labels={{
        'order.date': t('nc.orderDate'),
        'order.courtCode': t('nc.orderCourt'),
        'order.reference': t('nc.orderReference'),
        'fir.infoReceivedAt': t('nc.orderReceived'),
        'fir.briefFacts': t('fir.briefFacts'),
      }}
      submit={t('nc.convertSubmit')}
      check={() => ({ ...missing(t, { 'order.date': v.date, 'order.courtCode': v.courtCode, 'order.reference': v.reference }), ...checkFirFacts(t, v) })}
      send={async () => {
        const { fir } = await registers.convertNc(nc.id, {
          order: { date: v.date, courtCode: v.courtCode, reference: v.reference.trim() },
          fir: {
            stationCode: nc.stationCode,
            infoType: 'written',
            occurredFrom: nc.occurredFrom ?? nc.receivedAt,
            ...(nc.occurredTo ? { occurredTo: nc.occurredTo } : {}),
            place: { address: nc.place },
            sections: nc.sections.map((s) => ({ act: s.act, section: s.section })),
            ...firFactsPayload(v),
          },
        });
        openRegisteredFir(fir.id);
      }}
      onClose={onClose}
    >
      <PathText path="order.date" label={t('nc.orderDate')} type="date" required autoFocus value={v.date} onChange={(date) => set({ date })} />
      <PathSelect path="order.courtCode" label={t('nc.orderCourt')} required value={v.courtCode} onChange={(courtCode) => set({ courtCode })}>
        <Options empty={t('common.choose')} items={courts} code={(c) => c.code} name={(c) => courtName(c, lang)} />
      </PathSelect>
      <PathText path="order.reference" label={t('nc.orderReference')} hint={t('nc.orderReferenceHint')} required autoComplete="off" value={v.reference} onChange={(reference) => set({ reference })} />
      <FirFactsFields t={t} value={v} onChange={set} receivedLabel={t('nc.orderReceived')} receivedHint={t('nc.orderReceivedHint')} factsHint={t('nc.briefFactsHint')} />
    </StepDialog>
  );
}
