import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import type { SecretBox } from '../access/secret-box.js';
import { procedureForRegistration, renderBsa63Certificate, renderSeizureMemo, verificationCode, type CaseReference, type DocumentKind, type FormLanguage } from '../documents/index.js';
import type { UnitService } from '../directory/units.js';
import type { UserRepository } from '../directory/users.js';
import { conflict, notFound } from '../errors.js';
import { ist, rankOf } from '../records/fir-copy-view.js';
import type { Fir } from '../records/fir-queries.js';
import type { Storage } from '../storage/db.js';
import type { Clock } from '../util/clock.js';
import type { PropertyRoom, SeizureView } from './property-room.js';

/** What a masked witness is printed as: the form shows no trace of who it was. */
const WITHHELD: Record<FormLanguage, string> = { en: 'Identity withheld (BNS 72)', hi: 'पहचान गोपनीय (बीएनएस 72)' };

/**
 * The printed forms of a seizure: the Property Search and Seizure memo (IIF-4) and the certificate
 * for an electronic record under BSA 2023 s. 63, Part A (the seizure's recording, or the data of a
 * seized device), each with a verification code of its own kind. Protected persons are withheld
 * from every printed form, whoever prints it: a form leaves the system.
 */
export class PropertyDocuments {
  constructor(
    private readonly deps: {
      storage: Storage;
      audit: AuditLog;
      clock: Clock;
      secrets: SecretBox;
      units: UnitService;
      users: UserRepository;
      property: PropertyRoom;
    },
  ) {}

  async seizureMemo(actor: RequestActor, firId: string, seizureId: string, language: FormLanguage, baseUrl: string, client: ClientInfo): Promise<{ pdf: Buffer; filename: string }> {
    const { fir, seizure } = await this.deps.property.seizureOf(actor, firId, seizureId, client);
    const base = await this.base(fir, seizure, 'iif4-seizure', language, baseUrl);
    const officer = await this.deps.users.byId(seizure.recordedBy.id);
    const doc = await renderSeizureMemo({
      ...base,
      procedure: procedureForRegistration(new Date(fir.registeredAt)),
      seizedAt: ist(seizure.seizedAt),
      place: seizure.place,
      searchOf: seizure.searchOf ?? undefined,
      seizedFrom: seizure.seizedFrom ?? undefined,
      items: seizure.items.map((i) => ({
        description: `${i.number}: ${i.description}${i.device ? ` (${[i.device.make, i.device.model, i.device.serialNo && `S/N ${i.device.serialNo}`, i.device.imei && `IMEI ${i.device.imei}`].filter(Boolean).join(', ')})` : ''}`,
        quantity: i.quantity,
        sealNo: i.sealNo ?? undefined,
        placeFound: i.placeFound ?? undefined,
        value: i.value ?? undefined,
      })),
      witnesses: seizure.witnesses.map((w) => (w.masked ? { name: WITHHELD[language] } : { name: w.name, address: w.address ?? undefined })),
      video: seizure.video
        ? {
            sha256: seizure.video.sha256,
            description: seizure.video.description ?? undefined,
            forwardedToMagistrateAt: seizure.video.forwardedToMagistrateAt ? ist(seizure.video.forwardedToMagistrateAt) : undefined,
            magistrate: seizure.video.magistrate ?? undefined,
          }
        : undefined,
      remarks: seizure.remarks ?? undefined,
      seizingOfficer: { name: seizure.recordedBy.name, rank: rankOf(officer?.role ?? '', language) },
    });
    await this.audited(actor, fir, seizure, 'iif4-seizure', language, client);
    return { pdf: doc.pdf, filename: `IIF4-${fir.number.replace(/\//g, '-')}-${language}.pdf` };
  }

  /** The BSA 63 Part A certificate of the seizure's recording ('video') or of a seized device's data (its item id), given by the seizing officer. */
  async certificate(actor: RequestActor, firId: string, seizureId: string, record: string, language: FormLanguage, baseUrl: string, client: ClientInfo): Promise<{ pdf: Buffer; filename: string }> {
    const { fir, seizure } = await this.deps.property.seizureOf(actor, firId, seizureId, client);
    const base = await this.base(fir, seizure, 'bsa63-certificate', language, baseUrl);
    const officer = await this.deps.users.byId(seizure.recordedBy.id);
    const station = await this.deps.units.get(fir.stationCode);
    const deponent = {
      name: seizure.recordedBy.name,
      designation: rankOf(officer?.role ?? '', language) || undefined,
      address: station ? (language === 'hi' ? station.nameHi : station.nameEn) : fir.stationCode,
    };
    let subject: Pick<Parameters<typeof renderBsa63Certificate>[0], 'record' | 'source' | 'sourceOther' | 'device' | 'relation' | 'hashes'>;
    if (record === 'video') {
      if (!seizure.video) throw conflict('no-recording', 'This seizure has no audio-video recording on record (BNSS 105).');
      subject = {
        record: `Audio-video recording of the search and seizure at ${seizure.place} (${seizure.seizedAt})`,
        source: 'other',
        sourceOther: seizure.video.description ?? 'audio-video recording device',
        relation: ['operated'],
        hashes: [{ file: seizure.video.description ?? undefined, sha256: seizure.video.sha256 }],
      };
    } else {
      const item = seizure.items.find((i) => i.id === record);
      if (!item) throw notFound('There is no such item in this seizure.');
      if (!item.device?.sha256) throw conflict('no-hash', `Item ${item.number} has no SHA-256 of data extracted from it on record.`);
      subject = {
        record: `Data extracted from item ${item.number}: ${item.description}`,
        source: item.category === 'mobile_phone' ? 'mobile' : 'computer-storage',
        device: { make: item.device.make ?? undefined, model: item.device.model ?? undefined, serialNo: item.device.serialNo ?? undefined, imei: item.device.imei ?? undefined },
        relation: ['maintained'],
        hashes: [{ sha256: item.device.sha256 }],
      };
    }
    const now = this.deps.clock.now().toISOString();
    const doc = await renderBsa63Certificate({ ...base, deponent, ...subject, place: deponent.address, at: ist(now) });
    await this.audited(actor, fir, seizure, 'bsa63-certificate', language, client);
    return { pdf: doc.pdf, filename: `BSA63-${fir.number.replace(/\//g, '-')}-${language}.pdf` };
  }

  private async base(fir: Fir, seizure: SeizureView, kind: DocumentKind, language: FormLanguage, baseUrl: string) {
    const d = this.deps;
    const station = await d.units.get(fir.stationCode);
    const district = await d.units.get(fir.districtCode);
    const state = await d.units.get(station?.path.split('/').filter(Boolean)[1] ?? '');
    const name = (u: { nameEn: string; nameHi: string } | null | undefined, fallback: string) => (u ? (language === 'hi' ? u.nameHi : u.nameEn) : fallback);
    const caseRef: CaseReference = {
      state: name(state, ''),
      district: name(district, fir.districtCode),
      policeStation: name(station, fir.stationCode),
      year: fir.year,
      firNumber: String(fir.firNo).padStart(4, '0'),
      firDate: ist(fir.registeredAt),
    };
    const code = verificationCode(d.secrets, { id: seizure.id, version: 1, stationCode: fir.stationCode, year: fir.year, firNo: fir.firNo }, kind);
    return { language, case: caseRef, verification: { code, url: `${baseUrl}/api/v1/verify/${code}` }, generatedAt: d.clock.now().toISOString() };
  }

  private async audited(actor: RequestActor, fir: Fir, seizure: SeizureView, kind: DocumentKind, language: FormLanguage, client: ClientInfo): Promise<void> {
    await this.deps.audit
      .forRequest(actor, client)
      .success(this.deps.storage.db, 'case.document', { targetType: 'fir', targetId: fir.id, targetUnit: fir.stationCode, detail: { document: kind, seizure: seizure.id, lang: language } });
  }
}
