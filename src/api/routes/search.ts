import { accusedSearchQuery, firSearchQuery, phoneSearchQuery, propertySearchQuery, vehicleSearchQuery } from '../../search/schemas.js';
import { route } from '../route.js';
import { accusedSearchAnswer, firSearchAnswer, phoneSearchAnswer, propertySearchAnswer, vehicleSearchAnswer } from '../schemas/search.js';

const OUTSIDE = 'Matches outside the caller’s jurisdiction are answered only as hit/no-hit: the holding unit, its telephone and a count. Audited.';

export const searchRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/search/vehicles',
    summary: `Vehicles among FIR property by registration number in any writing (MH 12 AB 1234, mh12ab1234, 22 BH 1234 AA), or the first or last 5+ characters of a registration, engine or chassis number. ${OUTSIDE}`,
    tag: 'search',
    access: 'user',
    action: 'record.read',
    query: vehicleSearchQuery,
    response: { status: 200, schema: vehicleSearchAnswer, description: 'Vehicles and their FIRs, newest first' },
    handler: ({ node, actor, query, client }) => node.vehicleSearch.search(actor, query.q, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/search/phones',
    summary: `Persons by phone number, with or without +91 or 0, spaces or dashes, and the records they are on. ${OUTSIDE}`,
    tag: 'search',
    access: 'user',
    action: 'record.read',
    query: phoneSearchQuery,
    response: { status: 200, schema: phoneSearchAnswer, description: 'Persons with this number' },
    handler: ({ node, actor, query, client }) => node.phoneSearch.search(actor, query.q, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/search/firs',
    summary: `FIRs by number (12/2026), station, year, act and section (303 finds 303(2)), registration dates (from/to: a day or an instant), place, status and words of the brief facts, in any script. ${OUTSIDE}`,
    tag: 'search',
    access: 'user',
    action: 'record.read',
    query: firSearchQuery,
    response: { status: 200, schema: firSearchAnswer, description: 'FIRs, newest first' },
    handler: ({ node, actor, query, client }) => node.firSearch.search(actor, query, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/search/accused',
    summary:
      'Accused of a station, district or State (unit: the caller’s own unit when not given) by where they stand — not arrested, arrested, police custody, judicial custody, on bail, absconding, or production before the Magistrate overdue — with crime head, section and since when (from/to). Protected persons withheld from the caller are left out. Audited.',
    tag: 'search',
    access: 'user',
    action: 'record.read',
    query: accusedSearchQuery,
    response: { status: 200, schema: accusedSearchAnswer, description: 'Accused, latest first' },
    errors: [400, 403, 404],
    handler: ({ node, actor, query, client }) => node.arrests.search(actor, query, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/search/property',
    summary:
      'Seized items in the property rooms of a station, district or State (unit: the caller’s own unit when not given) by words of the description or seal number (as the caller may read them), category, where the item is now and FIR number. Audited.',
    tag: 'search',
    access: 'user',
    action: 'record.read',
    query: propertySearchQuery,
    response: { status: 200, schema: propertySearchAnswer, description: 'Items, newest first' },
    errors: [400, 403, 404],
    handler: ({ node, actor, query, client }) => node.propertyRoom.search(actor, query, client),
  }),
];
