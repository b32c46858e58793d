/**
 * The documents module: printable forms rendered to PDF — the FIR copy (IIF-1), the investigation
 * forms IIF-2 … IIF-7, the case diary extract and the BSA 63 certificate. Callers outside
 * src/documents/ import from here only (.dependency-cruiser.cjs), so that a form's layout, labels and
 * the PDF engine can change without touching them. A form takes a view that is already resolved and
 * masked: this module decides nothing about who may see what.
 */
export { renderFirCopy, renderFirCopyPdf } from './fir-copy/render.js';
export * from './fir-copy/types.js';
export type { CaseReference, CourtView, DocumentVerification, FormDocument, FormViewBase, FormWarning, OfficerView, SectionView, WitnessView } from './layout/types.js';
export { FORM_LANGUAGES, type FormLanguage } from './layout/labels.js';
export { renderCrimeDetailsForm } from './forms/iif2-crime-details/render.js';
export type * from './forms/iif2-crime-details/types.js';
export { renderArrestMemo } from './forms/iif3-arrest/render.js';
export type * from './forms/iif3-arrest/types.js';
export { renderSeizureMemo } from './forms/iif4-seizure/render.js';
export type * from './forms/iif4-seizure/types.js';
export { renderFinalReport } from './forms/iif5-final-report/render.js';
export type * from './forms/iif5-final-report/types.js';
export { renderCourtDisposal } from './forms/iif6-court-disposal/render.js';
export type * from './forms/iif6-court-disposal/types.js';
export { renderAppealResult } from './forms/iif7-appeal/render.js';
export type * from './forms/iif7-appeal/types.js';
export { renderCaseDiaryExtract } from './forms/case-diary/render.js';
export type * from './forms/case-diary/types.js';
export { renderNcDiary } from './forms/nc-diary/render.js';
export type * from './forms/nc-diary/types.js';
export { renderBsa63Certificate } from './forms/bsa63-certificate/render.js';
export type * from './forms/bsa63-certificate/types.js';
export { renderMissingPersonReport } from './forms/missing-person/render.js';
export type * from './forms/missing-person/types.js';
export { renderUnnaturalDeathReport } from './forms/unnatural-death/render.js';
export type * from './forms/unnatural-death/types.js';
export { renderFoundPersonReport } from './forms/found-person/render.js';
export type * from './forms/found-person/types.js';
export { renderLostArticleReport, renderPropertyReturnReceipt } from './forms/lost-property/render.js';
export type * from './forms/lost-property/types.js';
export { matchVerificationCode, ncDiaryVerificationCode, parseNcDiaryCode, parseVerificationCode, verificationCode, type DocumentKind, type VerifiedDocument } from './verification.js';
