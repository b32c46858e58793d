/** Photos as records refer to them: by the SHA-256 of a file uploaded before (src/records/attachments.ts stores them). */
import type { Executor } from '../storage/db.js';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** What a payload is told of a photo it names that is not one it may use: never uploaded, not a photo, or a protected person's. */
export const PHOTO_REFUSED = 'is not an uploaded photo: upload the photo first';

/**
 * The one check of every payload that names an uploaded photo by its hash (a person's, a missing
 * person's or a body's, an alert's): the references to no photo stored here, each with its field.
 */
export async function unuploadedPhotos(exec: Executor, refs: readonly { sha256: string; path: string }[]): Promise<{ path: string; message: string }[]> {
  const wanted = [...new Set(refs.map((r) => r.sha256))];
  const stored = new Set<string>();
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await exec
      .selectFrom('attachments')
      .select('sha256')
      .where('sha256', 'in', wanted.slice(i, i + 500))
      .where('mime', 'in', [...PHOTO_TYPES])
      .execute();
    rows.forEach((r) => stored.add(r.sha256));
  }
  return refs.filter((r) => !stored.has(r.sha256)).map((r) => ({ path: r.path, message: PHOTO_REFUSED }));
}
