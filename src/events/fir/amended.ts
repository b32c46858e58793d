import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofFir } from '../routing-rules.js';
import { firContent, firDerived, linkPersons } from './content.js';

/** A new version of an FIR's content, with the reason; the earlier versions stay readable. */
export const firAmended = defineEvent({
  type: 'fir.amended',
  version: 1,
  schema: z.strictObject({
    version: z.number().int().min(2),
    reason: z.string(),
    content: firContent,
    ...firDerived,
  }),
  async project(tx, e, p, ctx) {
    await tx
      .updateTable('firs')
      .set({
        version: p.version,
        content: canonicalJson(p.content),
        sections: canonicalJson(p.content.sections),
        occurred_from: p.content.occurredFrom,
        occurred_to: p.content.occurredTo,
        law_code: p.lawCode,
        principal: canonicalJson(p.principal),
        crime_head: p.crimeHead,
        max_years: p.maxYears,
        sensitive: p.sensitive ? 1 : 0,
        io_user_id: p.content.ioUserId,
        updated_at: e.at,
      })
      .where('id', '=', e.entity_id)
      .execute();
    await tx
      .insertInto('fir_versions')
      .values({ fir_id: e.entity_id, version: p.version, event_id: e.id, at: e.at, author: e.actor, reason: p.reason, content: canonicalJson(p.content) })
      .execute();
    await linkPersons(tx, e.entity_id, p.content.persons);
    // The search finds an FIR by what it says now: vehicles, sections and facts are re-indexed.
    await ctx.indexFir(tx, { id: e.entity_id, content: p.content }, { replace: true });
  },
  route: ofFir,
});
