import { courtsFor } from '../../domain/final-report-steps.js';
import { notFound } from '../../errors.js';
import { loadCourts } from '../../records/court-reference.js';
import { loadInvestigationCodes } from '../../records/investigation-reference.js';
import { route } from '../route.js';
import { investigationCodesQuery, investigationCodesSchema } from '../schemas/investigation.js';

const labels = <T extends { code: string; en: string; hi: string }>(list: readonly T[]) => list.map(({ code, en, hi }) => ({ code, en, hi }));

/** The code lists the investigation's forms choose from, as the server checks them (reference/law, reference/courts). */
export const investigationRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/investigation/codes',
    summary:
      "The investigation's code lists (MO codes by group, place types, motives, final report kinds, accused statuses, court outcomes, appeal results) and the courts — of a unit's district and State when `unit` is given",
    tag: 'cases',
    access: 'user',
    action: 'self.read',
    query: investigationCodesQuery,
    response: { status: 200, schema: investigationCodesSchema, description: 'The code lists, labelled in English and Hindi' },
    errors: [404],
    handler: async ({ node, query }) => {
      const codes = loadInvestigationCodes();
      let courts = loadCourts();
      if (query.unit) {
        const unit = await node.units.get(query.unit);
        if (!unit) throw notFound('No unit has this code (unit).');
        courts = courtsFor(unit.path, courts);
      }
      return {
        version: codes.version,
        moGroups: codes.moGroups.map((g) => ({ code: g.code, en: g.en, hi: g.hi, codes: labels(g.codes) })),
        placeTypes: labels(codes.placeTypes),
        motives: labels(codes.motives),
        finalReportKinds: codes.finalReportKinds.map((k) => ({ code: k.code, en: k.en, hi: k.hi, kind: k.kind, needsReason: k.needsReason })),
        accusedStatuses: codes.accusedStatuses.map((s) => ({ code: s.code, en: s.en, hi: s.hi, custody: [...s.custody], sentUp: s.sentUp })),
        courtOutcomes: labels(codes.courtOutcomes),
        appealResults: labels(codes.appealResults),
        courts: courts.map(({ code, level, unitCode, nameEn, nameHi }) => ({ code, level, unitCode, nameEn, nameHi })),
      };
    },
  }),
];
