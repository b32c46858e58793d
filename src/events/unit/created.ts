import { z } from 'zod';
import { childPath, UNIT_CODE_PATTERN, UNIT_KINDS, NATION_CODE } from '../../domain/units.js';
import { defineEvent } from '../event-type.js';
import { stateOf } from '../routing-rules.js';

/** A unit of the jurisdiction tree; the nation and the states are the genesis events of every node. */
export const unitCreated = defineEvent({
  type: 'unit.created',
  version: 1,
  schema: z.strictObject({
    code: z.string().regex(UNIT_CODE_PATTERN).max(40),
    kind: z.enum(UNIT_KINDS),
    parentCode: z.string().nullable(),
    nameEn: z.string().min(1).max(200),
    nameHi: z.string().min(1).max(200),
    category: z.string().max(40).nullable(),
    demo: z.boolean(),
    phone: z.string().max(40).nullable(),
    addressEn: z.string().max(400).nullable(),
  }),
  async project(tx, e, p, ctx) {
    ctx.unitsChanged();
    const parent = p.parentCode ? await tx.selectFrom('units').select(['path', 'depth']).where('code', '=', p.parentCode).executeTakeFirstOrThrow() : null;
    await tx
      .insertInto('units')
      .values({
        code: p.code,
        kind: p.kind,
        parent_code: p.parentCode,
        path: childPath(parent?.path ?? null, p.code),
        depth: parent ? parent.depth + 1 : 0,
        name_en: p.nameEn,
        name_hi: p.nameHi,
        category: p.category,
        demo: p.demo ? 1 : 0,
        phone: p.phone,
        address_en: p.addressEn,
        created_at: e.at,
        updated_at: e.at,
      })
      .execute();
  },
  async route(_e, p, look) {
    const state = p.kind === 'nation' || p.kind === 'state' ? NATION_CODE : await stateOf(p.code, look);
    return { owner: state, to: [state] };
  },
});
