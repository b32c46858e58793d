import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { recordNumber } from '../../storage/counters.js';
import { defineEvent } from '../event-type.js';
import { id, unitCode, utc } from '../shapes.js';
import { firContent, firDerived, linkPersons } from './content.js';

/** An FIR registered under its station's gap-free number: at the station, or on arrival of a transfer. */
export const firRegistered = defineEvent({
  type: 'fir.registered',
  version: 1,
  schema: z.strictObject({
    id,
    stationCode: unitCode,
    districtCode: z.string(),
    year: z.number().int(),
    firNo: z.number().int().positive(),
    registeredAt: utc,
    gdEntryId: id,
    status: z.enum(['registered', 'awaiting_signature']),
    complaintId: id.nullable(),
    zeroOfStation: z.string().nullable(),
    transferredFromFir: id.nullable(),
    content: firContent,
    ...firDerived,
  }),
  async project(tx, e, p, ctx) {
    await tx
      .insertInto('firs')
      .values({
        id: p.id,
        station_code: p.stationCode,
        district_code: p.districtCode,
        year: p.year,
        fir_no: p.firNo,
        registered_at: p.registeredAt,
        occurred_from: p.content.occurredFrom,
        occurred_to: p.content.occurredTo,
        info_received_at: p.content.infoReceivedAt,
        gd_entry_id: p.gdEntryId,
        info_type: p.content.infoType,
        origin: p.content.origin,
        law_code: p.lawCode,
        sections: canonicalJson(p.content.sections),
        principal: canonicalJson(p.principal),
        crime_head: p.crimeHead,
        max_years: p.maxYears,
        sensitive: p.sensitive ? 1 : 0,
        status: p.status,
        io_user_id: p.content.ioUserId,
        officer_in_charge: p.content.officerInCharge,
        complaint_id: p.complaintId,
        zero_of_station: p.zeroOfStation,
        transferred_to_fir: null,
        transferred_to_station: null,
        transferred_from_fir: p.transferredFromFir,
        efir_signed_at: null,
        version: 1,
        content: canonicalJson(p.content),
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
    await tx
      .insertInto('fir_versions')
      .values({ fir_id: p.id, version: 1, event_id: e.id, at: e.at, author: e.actor, reason: 'Registered', content: canonicalJson(p.content) })
      .execute();
    // A zero FIR registered at its new station: the sending station's copy learns the new number
    // (only an FIR that was sent to this station: another node's event cannot claim any FIR).
    if (p.transferredFromFir) {
      await tx
        .updateTable('firs')
        .set({ transferred_to_fir: p.id, updated_at: e.at })
        .where('id', '=', p.transferredFromFir)
        .where('transferred_to_fir', 'is', null)
        .where('transferred_to_station', '=', p.stationCode)
        .execute();
    }
    await linkPersons(tx, p.id, p.content.persons);
    await recordNumber(tx, `fir:${p.stationCode}:${p.year}`, p.firNo);
    await ctx.indexFir(tx, { id: p.id, content: p.content }, { replace: false });
  },
  async route(_e, p, look) {
    const from = p.transferredFromFir ? await look.firStation(p.transferredFromFir) : null;
    // The station that sent a zero FIR learns the number it got at its new station.
    return { owner: p.stationCode, to: [], only: from && from !== p.stationCode ? [p.stationCode, from] : [p.stationCode] };
  },
});
