import { renderArrestMemo, verificationCode } from '../../documents/index.js';
import { abscondingInput, arrestedListQuery, arrestInput, arrestParams, custodyOrderInput, memoQuery, productionInput } from '../../domain/schemas/arrest.js';
import { caseIdParams } from '../../domain/schemas/case.js';
import { caseStepRoute, route } from '../route.js';
import { accusedSchema, arrestedListSchema } from '../schemas/arrests.js';

/** Arrests and custody of a case's accused (IIF-3, BNSS 35–58, 187) and the lists of arrested persons (BNSS 37). */
export const arrestRoutes = [
  caseStepRoute({
    path: '/api/v1/cases/:firId/arrests',
    summary: 'Record the arrest or court-surrender memo (IIF-3) of an accused on the FIR, with its GD entry — the case’s IO',
    tag: 'cases',
    params: caseIdParams,
    body: arrestInput,
    response: { status: 201, schema: accusedSchema, description: 'The accused, with the code, the ledger and the clocks' },
    handler: async ({ node, actor, params, body, client }) => node.arrests.record(actor, params.firId, body, client),
  }),
  caseStepRoute({
    path: '/api/v1/cases/:firId/arrests/:arrestId/production',
    summary: 'Record the production of the arrested person before a Magistrate (BNSS 58) — the case’s IO',
    tag: 'cases',
    params: arrestParams,
    body: productionInput,
    response: { status: 200, schema: accusedSchema, description: 'The accused, the 24-hour clock met' },
    handler: async ({ node, actor, params, body, client }) => node.arrests.produce(actor, params.firId, params.arrestId, body, client),
  }),
  caseStepRoute({
    path: '/api/v1/cases/:firId/arrests/:arrestId/custody',
    summary: 'Enter a court’s order of police custody, judicial custody or bail in the accused’s ledger (BNSS 187) — the case’s IO',
    tag: 'cases',
    params: arrestParams,
    body: custodyOrderInput,
    response: { status: 201, schema: accusedSchema, description: 'The accused with the ledger and the default-bail clock' },
    handler: async ({ node, actor, params, body, client }) => node.arrests.orderCustody(actor, params.firId, params.arrestId, body, client),
  }),
  caseStepRoute({
    path: '/api/v1/cases/:firId/absconding',
    summary: 'Declare an accused on the FIR absconding, with the efforts made to trace them — the case’s IO',
    tag: 'cases',
    params: caseIdParams,
    body: abscondingInput,
    response: { status: 201, schema: accusedSchema, description: 'The accused, absconding' },
    handler: async ({ node, actor, params, body, client }) => node.arrests.declareAbsconding(actor, params.firId, body, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/arrests/:arrestId/memo.pdf',
    summary: 'The arrest / court-surrender memo (IIF-3) as PDF in English or Hindi — IO, SHO and supervisors (audited); a protected accused withheld as on the case file',
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    params: arrestParams,
    query: memoQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The memo' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { view, fir, accusedCode } = await node.arrests.memoView(
        actor,
        params.firId,
        params.arrestId,
        {
          language: query.lang,
          verification: (doc) => {
            const code = verificationCode(node.secrets, doc, 'iif3-arrest');
            return { code, url: `${request.protocol}://${request.host}/api/v1/verify/${code}` };
          },
        },
        client,
      );
      const doc = await renderArrestMemo(view);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="IIF3-${fir.number.replace(/\//g, '-')}-${accusedCode}-${query.lang}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(doc.pdf);
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/arrested-persons',
    summary: 'Persons arrested at a police station or in a district (BNSS 37), never juveniles — police of the unit (audited)',
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    query: arrestedListQuery,
    response: { status: 200, schema: arrestedListSchema, description: 'The list' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, query, client }) => node.arrests.arrestedList(actor, query, client),
  }),
];
