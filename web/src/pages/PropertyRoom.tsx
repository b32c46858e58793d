import type { SessionUser } from '../api.ts';
import { CUSTODY_PLACES } from '../codes.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { ClockBadge } from '../components/Clocks.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { StationFilterToolbar, useStationRegister } from '../components/StationRegister.tsx';
import { formatDateTime, unitName } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { property, type CustodyParty, type PropertyItemChain } from '../property-api.ts';
import { hrefFor } from '../router.ts';
import { placeName } from './case/Property.tsx';
import { PropertySearchSection } from './PropertySearch.tsx';

/**
 * A station's property room (malkhana) register: every seized item, where it is now and since
 * when, filtered by place and year; one item's whole chain of custody. The station's own staff
 * read their station's; a supervisor chooses a station below them. The server decides (403 shown).
 */
export function PropertyRoomPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const filter = useStationRegister(user, query, 'propertyRoom', ['place', 'year']);
  const { station, href } = filter;
  const { place, year } = filter.filters;
  const itemId = query.get('item');
  const register = useLoad(() => (station ? property.register(station, { place, year }) : Promise.resolve(null)), [station, place, year]);

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('propertyRoom.title')}</h1>
        <p className="lead">{register.data ? unitName(register.data.station, lang) : t('propertyRoom.intro')}</p>
      </div>
      <StationFilterToolbar user={user} register={filter} testId="property-room-filter">
        {(draft, set) => (
          <>
            <SelectField id="pr-place" name="place" label={t('propertyRoom.where')} value={draft.place} onChange={(e) => set({ place: e.target.value })}>
              <option value="">{t('propertyRoom.anywhere')}</option>
              {CUSTODY_PLACES.map((p) => (
                <option key={p} value={p}>
                  {placeName(t, p)}
                </option>
              ))}
            </SelectField>
            <TextField id="pr-year" name="year" label={t('propertyRoom.year')} inputMode="numeric" value={draft.year} onChange={(e) => set({ year: e.target.value })} />
          </>
        )}
      </StationFilterToolbar>

      {itemId && station ? <ItemChain key={itemId} station={station} itemId={itemId} closeHref={href({ item: undefined })} /> : null}

      <section className="card" aria-labelledby="pr-register">
        <h2 id="pr-register">{t('propertyRoom.register')}</h2>
        <ErrorMessage message={register.error} />
        {!station ? <p className="muted">{t('propertyRoom.chooseStation')}</p> : null}
        {station && !register.data && !register.error ? (
          <p className="muted" role="status">
            {t('common.loading')}
          </p>
        ) : null}
        {register.data ? (
          register.data.items.length === 0 ? (
            <p className="muted">{t('propertyRoom.empty')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="pr-register">
              <table className="data-table" data-testid="property-register">
                <thead>
                  <tr>
                    <th scope="col">{t('propertyRoom.number')}</th>
                    <th scope="col">{t('common.description')}</th>
                    <th scope="col">{t('propertyRoom.case')}</th>
                    <th scope="col">{t('propertyRoom.where')}</th>
                    <th scope="col">{t('propertyRoom.since')}</th>
                    <th scope="col">{t('propertyRoom.clocks')}</th>
                  </tr>
                </thead>
                <tbody>
                  {register.data.items.map((i) => (
                    <tr key={i.id} data-testid={`register-row-${i.number}`} aria-current={i.id === itemId ? 'true' : undefined}>
                      <th scope="row">
                        <a href={href({ item: i.id })} aria-label={t('propertyRoom.openChain', { number: i.number })}>
                          {i.number}
                        </a>
                      </th>
                      <td className="pre-wrap">{i.description}</td>
                      <td>
                        <a href={hrefFor('case', i.firId)}>{i.firNumber}</a>
                      </td>
                      <td>
                        {i.keptAt !== register.data!.station.code ? (
                          t('propertyRoom.transferredOut', { unit: i.keptAt })
                        ) : (
                          <>
                            {placeName(t, i.place)}
                            {i.destination ? ` (${i.destination})` : ''}
                          </>
                        )}
                      </td>
                      <td>{formatDateTime(i.since, lang)}</td>
                      <td>
                        {i.clocks
                          .filter((c) => c.status !== 'met' && c.status !== 'met_late')
                          .map((c) => (
                            <ClockBadge key={c.code} status={c.status} />
                          ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
      </section>

      <PropertySearchSection user={user} />
    </>
  );
}

function partyName(p: CustodyParty): string {
  const name = p.user?.name ?? p.name;
  return p.designation ? `${name}, ${p.designation}` : name;
}

/** One item and its whole chain of custody, oldest first. */
function ItemChain({ station, itemId, closeHref }: { station: string; itemId: string; closeHref: string }) {
  const { t, lang } = useI18n();
  const { data, error } = useLoad<PropertyItemChain>(() => property.item(station, itemId), [station, itemId]);
  return (
    <section className="card" aria-labelledby="pr-chain" data-testid="property-chain">
      <h2 id="pr-chain" tabIndex={-1}>
        {data ? t('propertyRoom.chainOf', { number: data.number }) : t('propertyRoom.chain')}
      </h2>
      <ErrorMessage message={error} />
      {data ? (
        <>
          <p className="pre-wrap">{data.description}</p>
          <p>
            <strong>{t('property.nowAt', { place: placeName(t, data.place) })}</strong> · {t('property.since', { when: formatDateTime(data.since, lang) })} ·{' '}
            {data.keptAt !== station ? `${t('propertyRoom.transferredOut', { unit: data.keptAt })} · ` : ''}
            <a href={hrefFor('case', data.firId)}>{t('propertyRoom.openCase', { number: data.firNumber })}</a>
          </p>
          <ol className="timeline" data-testid="chain-moves">
            {data.chain.map((m) => (
              <li key={m.seq}>
                <time dateTime={m.at}>{formatDateTime(m.at, lang)}</time> <strong>{lang === 'hi' ? m.kindHi : m.kindEn}</strong>
                {m.destination ? ` · ${m.destination}` : ''}
                <p>
                  {t('propertyRoom.handedTo', { from: partyName(m.handedBy), to: partyName(m.receivedBy) })}
                  {m.reference ? ` · ${t('property.reference')}: ${m.reference}` : ''}
                  {m.orderRef ? ` · ${t('property.orderRef')}: ${m.orderRef}` : ''}
                </p>
                {m.note ? <p className="timeline-text">{m.note}</p> : null}
                <p className="muted">{t('propertyRoom.recordedBy', { name: m.recordedBy.name, when: formatDateTime(m.recordedAt, lang) })}</p>
              </li>
            ))}
          </ol>
          {data.textWithheld ? <p className="muted">{t('case.textWithheld')}</p> : null}
        </>
      ) : null}
      <p>
        <a href={closeHref}>{t('propertyRoom.closeChain')}</a>
      </p>
    </section>
  );
}
