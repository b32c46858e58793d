/**
 * The chain of custody of a seized item in the station's property room (malkhana): where the item
 * is, and whether a movement may be recorded. An item is in exactly one place at a time — it can
 * leave only the place it is in, never moves again once returned to its owner or disposed of, and
 * each movement is handed over by one officer and received by another. The places and movements
 * are data (custodyMoves of reference/law/investigation-codes.json).
 *
 * Each movement also names the station whose property room answers for the item after it (`unit`):
 * the seizing station, until a case transferred to another station or agency takes its property
 * along by a signed movement from one malkhana to the other (a move `toCaseUnit`). Until then the
 * items stay where they are, in the old station's keeping; afterwards the new unit keeps them.
 */
import type { CustodyPlace, FieldProblem, InvestigationCodes } from './investigation-codes.js';

export interface CustodyMove {
  /** A code of custodyMoves (received_into_malkhana, sent_to_fsl, …). */
  kind: string;
  at: Date;
  handedBy: string;
  receivedBy: string;
  /** The laboratory, court or owner it went to, where the movement names one. */
  destination: string | null;
  /** The court order (number and date) for a return to the owner or a disposal. */
  orderRef: string | null;
  /** The station whose property room answers for the item after this movement. */
  unit?: string | null;
}

export interface ItemWhereabouts {
  place: CustodyPlace;
  /** The lab, court or owner, when the last movement named one. */
  destination: string | null;
  since: Date | null;
  /** Returned to the owner or disposed of: no further movement. */
  final: boolean;
  /** The station whose property room answers for the item (null before its deposit). */
  keptAt: string | null;
}

type MoveCodes = Pick<InvestigationCodes, 'custodyMoves'>;

function finalPlaces(codes: MoveCodes): Set<CustodyPlace> {
  // A place no movement leaves is final (owner, disposed).
  const left = new Set(codes.custodyMoves.flatMap((m) => m.from));
  return new Set(codes.custodyMoves.map((m) => m.to).filter((p) => !left.has(p)));
}

/** Where an item is after its movements (in the order they were recorded). */
export function whereIs(history: readonly CustodyMove[], codes: MoveCodes): ItemWhereabouts {
  const last = history[history.length - 1];
  if (!last) return { place: 'none', destination: null, since: null, final: false, keptAt: null };
  const move = codes.custodyMoves.find((m) => m.code === last.kind);
  if (!move) throw new Error(`unknown custody movement ${last.kind}`);
  return { place: move.to, destination: last.destination, since: last.at, final: finalPlaces(codes).has(move.to), keptAt: last.unit ?? null };
}

const blank = (s: string | null | undefined): boolean => !s || s.trim() === '';

/**
 * The station whose property room answers for the item after `move`: the case's unit for a move to
 * it, else the station keeping it now (`caseUnit`: the unit investigating the case).
 */
export function keeperAfter(history: readonly CustodyMove[], kind: string, caseUnit: string, codes: MoveCodes): string | null {
  return codes.custodyMoves.find((m) => m.code === kind)?.toCaseUnit ? caseUnit : whereIs(history, codes).keptAt;
}

/** The problems of recording `move` after the item's `history`; `now` bounds its time. */
export function custodyMoveProblems(history: readonly CustodyMove[], move: CustodyMove, now: Date, codes: MoveCodes): FieldProblem[] {
  const kind = codes.custodyMoves.find((m) => m.code === move.kind);
  if (!kind) return [{ path: 'kind', message: `must be one of ${codes.custodyMoves.map((m) => m.code).join(', ')}` }];
  const problems: FieldProblem[] = [];
  const here = whereIs(history, codes);
  if (here.final) {
    problems.push({ path: 'kind', message: `the item was ${here.place === 'owner' ? 'returned to its owner' : 'disposed of'} on ${here.since!.toISOString()} and cannot move again` });
  } else if (!kind.from.includes(here.place)) {
    const where = here.place === 'none' ? 'not yet in custody' : `at the ${here.place}${here.destination ? ` (${here.destination})` : ''}`;
    problems.push({ path: 'kind', message: `the item is ${where}; ${kind.en.toLowerCase()} is possible only from: ${kind.from.join(', ')}` });
  } else if (kind.toCaseUnit && here.keptAt !== null && here.keptAt === move.unit) {
    // Never in two places: a malkhana cannot hand an item over to itself.
    problems.push({ path: 'kind', message: `the item is already in the keeping of ${here.keptAt}, the unit investigating the case` });
  }
  if (here.since && move.at.getTime() < here.since.getTime()) problems.push({ path: 'at', message: `cannot be before the item's last movement (${here.since.toISOString()})` });
  if (move.at.getTime() > now.getTime()) problems.push({ path: 'at', message: 'cannot be in the future' });
  if (blank(move.handedBy)) problems.push({ path: 'handedBy', message: 'name the officer handing the item over' });
  if (blank(move.receivedBy)) problems.push({ path: 'receivedBy', message: 'name the officer or person receiving the item' });
  if (!blank(move.handedBy) && move.handedBy.trim().toLowerCase() === move.receivedBy.trim().toLowerCase()) {
    problems.push({ path: 'receivedBy', message: 'the receiving officer must be someone other than the handing officer' });
  }
  if (kind.needsDestination && blank(move.destination)) problems.push({ path: 'destination', message: `name where the item goes (${kind.en.toLowerCase()})` });
  if (kind.needsOrder && blank(move.orderRef)) problems.push({ path: 'orderRef', message: 'give the court order (number and date) under which the item leaves custody (BNSS 497, 503)' });
  return problems;
}
