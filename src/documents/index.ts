/**
 * The documents module: printable forms rendered to PDF (today the FIR copy, form IIF-1; next the
 * other IIF forms and certificates). Callers outside src/documents/ import from here only
 * (.dependency-cruiser.cjs), so that a form's layout, labels and the PDF engine can change
 * without touching them. A form takes a view that is already resolved and masked: this module
 * decides nothing about who may see what.
 */
export { renderFirCopy, renderFirCopyPdf } from './fir-copy/render.js';
export * from './fir-copy/types.js';
export { parseVerificationCode, verificationCode, type VerifiedDocument } from './verification.js';
