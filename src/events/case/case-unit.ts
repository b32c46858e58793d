import type { Tx } from '../../storage/db.js';

/**
 * The unit investigating a case as of this event (the FIR's station, or the station or agency it
 * was transferred to before it), and its district: where a step of the investigation is made. Read
 * inside the projection, so a replay of the log gives the same answer (the transfer came first).
 */
export async function caseUnitOf(tx: Tx, firId: string): Promise<{ stationCode: string; districtCode: string }> {
  const fir = await tx.selectFrom('firs').select(['station_code', 'district_code']).where('id', '=', firId).executeTakeFirstOrThrow();
  const moved = (await tx.selectFrom('case_files').select('investigating_unit').where('fir_id', '=', firId).executeTakeFirst())?.investigating_unit;
  if (!moved || moved === fir.station_code) return { stationCode: fir.station_code, districtCode: fir.district_code };
  const path = (await tx.selectFrom('units').select('path').where('code', '=', moved).executeTakeFirst())?.path;
  return { stationCode: moved, districtCode: path?.split('/').filter(Boolean)[2] ?? fir.district_code };
}
