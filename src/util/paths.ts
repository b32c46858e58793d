import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, whether running from src/ (tsx) or dist/ (compiled). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function referencePath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, 'reference', ...parts);
}
