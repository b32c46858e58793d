import { penalCodeFor } from '../domain/law.js';
import type { FirCopyAccused, FirCopyLanguage, FirCopyVictim, FirCopyView, DateTimeIST } from '../documents/index.js';
import { procedureForRegistration } from '../documents/index.js';
import type { PersonView } from './views.js';
import type { RecordViews } from './views.js';

type FirView = Awaited<ReturnType<RecordViews['fir']>>;

/** Ranks printed for the officer in charge, per role and language. */
export const RANKS: Record<string, Record<FirCopyLanguage, string>> = {
  station_house_officer: { en: 'Station House Officer', hi: 'थाना प्रभारी' },
  investigating_officer: { en: 'Investigating Officer', hi: 'विवेचना अधिकारी' },
  station_writer: { en: 'Station Writer', hi: 'थाना लेखक' },
};

/** An officer's rank as printed on a form, from their role. */
export function rankOf(role: string, lang: FirCopyLanguage): string {
  return RANKS[role]?.[lang] ?? '';
}

/** An instant as printed on a form: its IST date and time. */
export function ist(iso: string): DateTimeIST {
  const d = new Date(Date.parse(iso) + 330 * 60_000).toISOString();
  return { date: d.slice(0, 10), time: d.slice(11, 16) };
}

function relative(p: Extract<PersonView, { masked: false }>) {
  return p.relativeName && p.relativeKind ? { relation: p.relativeKind, name: p.relativeName } : undefined;
}

function sex(g: string | undefined) {
  return g === 'male' || g === 'female' || g === 'transgender' ? g : undefined;
}

/**
 * The printable FIR copy from the (already masked) FIR view: the copy cannot show what the view
 * withheld, because withheld persons carry no identity to print.
 */
export function firCopyView(fir: FirView, opts: { language: FirCopyLanguage; state: string; forInformant: boolean; verification: { code: string; url: string }; generatedAt: Date }): FirCopyView {
  const lang = opts.language;
  const name = (u: { nameEn: string; nameHi: string }) => (lang === 'hi' ? u.nameHi : u.nameEn);
  const c = fir.complainant;
  const accused: FirCopyAccused[] = [
    ...fir.accused.map((a): FirCopyAccused =>
      a.masked
        ? { kind: 'unknown', description: lang === 'hi' ? 'पहचान गोपनीय (किशोर)' : 'Identity withheld (juvenile)' }
        : { kind: 'known', name: a.name, alias: a.aliases[0], relative: relative(a), age: a.age, sex: sex(a.gender), address: a.addresses[0]?.line },
    ),
    ...fir.unknownAccused.map((u): FirCopyAccused => ({ kind: 'unknown', description: u.description })),
  ];
  const victims: FirCopyVictim[] = fir.victims.map((v) =>
    v.masked ? { masked: true } : { masked: false, name: v.name, relative: relative(v), age: v.age, sex: sex(v.gender), address: v.addresses[0]?.line },
  );
  const oic = fir.officerInCharge;
  return {
    language: lang,
    procedure: procedureForRegistration(new Date(fir.registeredAt)),
    penalCode: penalCodeFor(new Date(fir.occurredFrom)),
    state: opts.state,
    district: name(fir.district),
    policeStation: name(fir.station),
    year: fir.year,
    firNumber: String(fir.firNo).padStart(4, '0'),
    registeredAt: ist(fir.registeredAt),
    sections: fir.sections.map((s) => ({ act: s.act, section: s.section, title: (lang === 'hi' ? s.titleHi : null) ?? s.title })),
    occurrence: { from: ist(fir.occurredFrom), ...(fir.occurredTo ? { to: ist(fir.occurredTo) } : {}) },
    informationReceivedAt: ist(fir.infoReceivedAt),
    generalDiary: fir.gdEntry ? { entryNo: String(fir.gdEntry.entryNo), at: ist(fir.gdEntry.entryAt) } : { entryNo: '—', at: ist(fir.registeredAt) },
    informationType: fir.origin === 'efir' ? 'e-fir' : fir.infoType === 'oral' ? 'oral' : 'written',
    zeroFir: fir.origin === 'zero',
    place: {
      address: fir.place.address,
      directionAndDistance: fir.place.directionDistance,
      beatNo: fir.place.beat,
      ...(fir.place.latitude !== undefined && fir.place.longitude !== undefined ? { coordinates: { lat: fir.place.latitude, lon: fir.place.longitude } } : {}),
      ...(fir.jurisdictionStationCode ? { outsideLimits: { policeStation: fir.jurisdictionStationCode, district: '' } } : {}),
    },
    complainant:
      !c || c.masked
        ? { name: lang === 'hi' ? 'पहचान गोपनीय (बीएनएस 72)' : 'Identity withheld (BNS 72)' }
        : { name: c.name, relative: relative(c), dateOrYearOfBirth: c.birthDate, nationality: c.nationality, occupation: c.occupation, address: c.addresses[0]?.line, phone: c.phones[0] },
    victims,
    accused,
    delayReasons: fir.delayReasons ?? undefined,
    properties: fir.properties.map((p) => ({ description: p.description, value: p.value })),
    totalValue: fir.totalValue,
    briefFacts: fir.briefFacts,
    action: fir.io && oic && fir.io.id !== oic.id ? { kind: 'directed', io: { name: fir.io.name, rank: RANKS[fir.io.role]?.[lang] ?? fir.io.role } } : { kind: 'investigating' },
    officerInCharge: { name: oic?.name ?? '—', rank: (oic && RANKS[oic.role]?.[lang]) ?? oic?.role ?? '' },
    complainantSignature:
      fir.origin === 'efir'
        ? fir.efirSignedAt
          ? { kind: 'e-fir', status: 'signed', signedAt: ist(fir.efirSignedAt) }
          : { kind: 'e-fir', status: 'awaiting', dueBy: ist(new Date(Date.parse(fir.registeredAt) + 3 * 86400_000).toISOString()) }
        : { kind: 'signature' },
    verification: opts.verification,
    version: fir.version,
    freeCopyForInformant: opts.forInformant,
    generatedAt: opts.generatedAt.toISOString(),
  };
}
