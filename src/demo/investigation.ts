import { principalOf, type ClientInfo, type RequestActor } from '../access/auth-service.js';
import { diaryEntryInput, caseAssignmentInput } from '../domain/schemas/case.js';
import { arrestInput, custodyOrderInput, productionInput } from '../domain/schemas/arrest.js';
import { courtCaseInput, crimeDetailsInput, finalReportInput, finalReportReviewInput, hearingInput, victimProgressInput } from '../domain/schemas/final-report.js';
import { propertyMoveInput, seizureInput } from '../domain/schemas/property.js';
import type { CctnsNode } from '../node.js';
import type { Fir } from '../records/fir-queries.js';
import { istDate } from '../domain/ist.js';

/**
 * The investigation of the demo's sample cases, so that every part of the case file has something
 * to show on a fresh demo node: a case under investigation (IO named, crime details, an arrest
 * produced and remanded, a seizure with its video's hash, two diary entries with a statement, an
 * exhibit sent to the FSL and back), an arrest still to be produced (the 24-hour clock on the
 * dashboard), an accused whose default bail is near, and a case charge-sheeted and taken on file by the court.
 * Every step goes through the same services (and the same rules) as the API's.
 */
const CLIENT: ClientInfo = { ip: 'demo', userAgent: 'cctns serve --demo' };

export interface DemoInvestigationCases {
  /** Under investigation: everything short of the final report. */
  active: Fir;
  /** An accused arrested two hours ago, not yet produced before a Magistrate. */
  arrestedToday: Fir;
  /** The accused has been in judicial custody for 55 days: default bail is near. */
  remanded: Fir;
  /** Charge-sheeted and in court: its judgment is the walkthrough's to record. */
  chargeSheeted: Fir;
}

/** A demo user acting as if signed in (the demo and the benches act through the services, not HTTP). */
export async function actorOf(node: CctnsNode, username: string): Promise<RequestActor> {
  const user = (await node.users.byUsername(username))!;
  const unit = (await node.units.get(user.unitCode))!;
  return { user, unit, principal: principalOf(user, unit), via: 'session' };
}

/** An arrest memo's attestation and the person told (BNSS 36, 47, 48): every demo arrest has them. */
const memo = (at: string, informed: string, witness: string) => ({
  at,
  personInformed: { name: informed, relationship: 'father', informedAt: at },
  attestingWitness: witness,
});

const personOf = (fir: Fir, role: string) => fir.content.persons.find((p) => p.role === role)!.personId;

export async function seedDemoInvestigation(node: CctnsNode, cases: DemoInvestigationCases): Promise<void> {
  const sho = await actorOf(node, 'sho.pune1');
  const io = await actorOf(node, 'io.pune1');
  const sdpo = await actorOf(node, 'sdpo.pune');
  const ago = (hours: number) => new Date(node.clock.now().getTime() - hours * 3_600_000).toISOString();
  // Court dates are IST calendar dates: between 18:30 and 24:00 UTC the UTC date is the day before.
  const day = (hours: number) => istDate(new Date(ago(hours)));
  const keeper = { userId: sho.user.id };

  for (const fir of Object.values(cases)) await node.caseFiles.assign(sho, fir.id, caseAssignmentInput.parse({ ioUserId: io.user.id }), CLIENT);

  // The motorcycle theft: the whole of an investigation in progress.
  const active = cases.active;
  const a1 = personOf(active, 'accused');
  await node.crimeDetails.record(
    io,
    active.id,
    crimeDetailsInput.parse({
      placeType: 'residence',
      motive: 'gain',
      moCodes: ['night', 'two_wheeler', 'no_tool'],
      properties: [{ description: 'Hero Splendor motorcycle, black', category: 'vehicle', value: 65000 }],
    }),
    CLIENT,
  );
  const arrest = await node.arrests.record(
    io,
    active.id,
    arrestInput.parse({
      personId: a1,
      outcome: 'arrested_sent_up',
      at: ago(20),
      place: 'Kasba Peth, Baramati',
      grounds: 'Named by the complainant; seen riding the stolen motorcycle by two witnesses.',
      personInformed: { name: 'Abdul Rashid', relationship: 'father', phone: '+91 98220 55555', informedAt: ago(19.5) },
      attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
    }),
    CLIENT,
  );
  const arrestId = arrest.arrests.at(-1)!.id;
  await node.arrests.produce(io, active.id, arrestId, productionInput.parse({ at: ago(8), court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' }), CLIENT);
  await node.arrests.orderCustody(io, active.id, arrestId, custodyOrderInput.parse({ kind: 'judicial', from: ago(7.5), court: 'JMFC Baramati', orderReference: 'RA 112/2026' }), CLIENT);
  const seizure = await node.propertyRoom.seize(
    io,
    active.id,
    seizureInput.parse({
      seizedAt: ago(18),
      place: 'Behind Kasba Peth market, Baramati',
      searchOf: 'Shed used by the accused',
      items: [
        // The stolen motorcycle itself: the stolen vehicle register shows it recovered.
        { description: 'Hero Splendor motorcycle, black, MH 12 AB 1234', category: 'vehicle', quantity: '1', sealNo: 'BRM-S-41', value: 65000, recoversProperty: 0 },
        { description: 'Mobile phone of the accused', category: 'mobile_phone', quantity: '1', sealNo: 'BRM-S-42', device: { make: 'Samsung', model: 'Galaxy A12' } },
      ],
      witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
      video: { sha256: 'c0ffee00'.repeat(8), size: 48_500_000, description: 'Search of the shed, 14 minutes' },
      depositedWith: keeper,
    }),
    CLIENT,
  );
  const phone = seizure.items[1]!.id;
  await node.propertyRoom.move(io, active.id, phone, propertyMoveInput.parse({ kind: 'sent_to_fsl', at: ago(6), receivedBy: { name: 'Clerk, RFSL Pune' }, destination: 'RFSL Pune' }), CLIENT);
  await node.propertyRoom.move(io, active.id, phone, propertyMoveInput.parse({ kind: 'returned_to_malkhana', at: ago(2), handedBy: { name: 'Clerk, RFSL Pune' }, receivedBy: keeper }), CLIENT);
  await node.caseDiary.add(
    io,
    active.id,
    diaryEntryInput.parse({
      beganAt: ago(21),
      closedAt: ago(17),
      places: ['Near Bhigwan Chowk', 'Kasba Peth'],
      text: 'Visited the place of occurrence with the complainant; traced the accused to Kasba Peth and arrested him; seized the motorcycle from his shed under a recorded search.',
      statements: [{ personId: personOf(active, 'complainant'), text: 'The motorcycle found in the shed is mine; I know it by the dent on the tank.' }],
    }),
    CLIENT,
  );
  await node.caseDiary.add(
    io,
    active.id,
    diaryEntryInput.parse({
      beganAt: ago(9),
      closedAt: ago(5),
      places: ['JMFC Baramati', 'RFSL Pune'],
      text: 'Produced the accused before the Magistrate, who remanded him to judicial custody. Sent the phone to the FSL for extraction of its call records.',
      statements: [],
    }),
    CLIENT,
  );

  // The chain snatching: arrested two hours ago; the 24-hour production clock runs.
  const today = cases.arrestedToday;
  await node.arrests.record(
    io,
    today.id,
    arrestInput.parse({
      personId: personOf(today, 'accused'),
      outcome: 'arrested_sent_up',
      ...memo(ago(2), 'Yusuf Khan', 'Mahesh Gaikwad, conductor'),
      place: 'Bus stand, Baramati',
      grounds: 'Caught by the public while running from the place with the chain.',
    }),
    CLIENT,
  );

  // The house theft: in judicial custody since 55 days, so default bail (BNSS 187(3)) is near.
  const remanded = cases.remanded;
  const r1 = await node.arrests.record(
    io,
    remanded.id,
    arrestInput.parse({
      personId: personOf(remanded, 'accused'),
      outcome: 'arrested_sent_up',
      ...memo(ago(56 * 24 + 6), 'Dnyaneshwar Bhosale', 'Shankar Jagtap, shopkeeper'),
      place: 'Morgaon Road, Baramati',
      grounds: 'Found with the stolen television set.',
    }),
    CLIENT,
  );
  const rId = r1.arrests.at(-1)!.id;
  await node.arrests.produce(io, remanded.id, rId, productionInput.parse({ at: ago(55 * 24 + 20), court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' }), CLIENT);
  await node.arrests.orderCustody(io, remanded.id, rId, custodyOrderInput.parse({ kind: 'judicial', from: ago(55 * 24 + 19), court: 'JMFC Baramati', orderReference: 'RA 64/2026' }), CLIENT);

  // The shop theft: charge-sheeted (approved by the SDPO where the State asks) and registered in court.
  const charged = cases.chargeSheeted;
  const c1 = personOf(charged, 'accused');
  await node.crimeDetails.record(io, charged.id, crimeDetailsInput.parse({ placeType: 'shop', motive: 'gain', moCodes: ['shop', 'morning', 'on_foot'] }), CLIENT);
  const c = await node.arrests.record(
    io,
    charged.id,
    arrestInput.parse({
      personId: c1,
      outcome: 'arrested_sent_up',
      ...memo(ago(39 * 24), 'Salim Pathan', 'Kishor Shah, shopkeeper'),
      place: 'Station Road, Baramati',
      grounds: 'Caught near the shop with the cash box.',
    }),
    CLIENT,
  );
  const cId = c.arrests.at(-1)!.id;
  await node.arrests.produce(io, charged.id, cId, productionInput.parse({ at: ago(38 * 24 + 6), court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' }), CLIENT);
  await node.arrests.orderCustody(io, charged.id, cId, custodyOrderInput.parse({ kind: 'bail', from: ago(38 * 24 + 5), court: 'JMFC Baramati', orderReference: 'BA 301/2026' }), CLIENT);
  await node.finalReports.informVictim(io, charged.id, victimProgressInput.parse({ informedAt: ago(20 * 24), means: 'sms' }), CLIENT);
  await node.finalReports.submit(
    io,
    charged.id,
    finalReportInput.parse({
      kind: 'charge_sheet',
      accused: [{ personId: c1, status: 'on_bail', charged: true }],
      witnesses: [personOf(charged, 'complainant')],
      sections: [{ act: 'BNS', section: '303(2)' }],
      courtCode: 'MH-PUN-JMFC-BRM',
      summary: 'The accused took the cash box from the counter while the complainant was serving a customer; he was seen by the complainant and caught nearby.',
    }),
    CLIENT,
  );
  const report = (await node.caseFileView.view(sdpo, charged.id, CLIENT)).finalReports.at(-1);
  if (report?.status === 'submitted') await node.finalReports.review(sdpo, charged.id, report.id, finalReportReviewInput.parse({ decision: 'approved' }), CLIENT);
  await node.courtRecord.registerCase(io, charged.id, courtCaseInput.parse({ courtCode: 'MH-PUN-JMFC-BRM', courtCaseNo: 'RCC 118/2026', registeredOn: day(0) }), CLIENT);
  await node.courtRecord.hearing(io, charged.id, hearingInput.parse({ date: day(0), purpose: 'Charge sheet taken on file; copies to the accused', nextDate: day(-30 * 24) }), CLIENT);
}
