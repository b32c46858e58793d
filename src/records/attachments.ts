import sharp from 'sharp';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { badRequest, notFound, ProblemError } from '../errors.js';
import type { BlobFiles } from '../storage/blob-files.js';
import type { Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import { sha256Hex } from '../util/hash.js';
import type { RecordAccess } from './record-access.js';
import { PHOTO_TYPES } from './photo-refs.js';

export { PHOTO_TYPES } from './photo-refs.js';

const NO_ATTACHMENT = 'There is no attachment with this hash.';

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Decoded size above which a photo is refused: a small file can unpack to gigabytes (a decompression bomb). */
export const PHOTO_MAX_PIXELS = 40_000_000;
/**
 * The search-and-seizure recording (BNSS 105), when it is small enough to send: its bytes are kept
 * like a photo's, by their hash, once they match the hash and size the seizure memo recorded.
 */
export const RECORDING_TYPES = ['video/mp4', 'video/3gpp', 'video/quicktime', 'video/webm'] as const;
export const RECORDING_MAX_BYTES = 64 * 1024 * 1024;
export const PHOTO_MEDIA_HINT = 'Send the image as the request body with Content-Type image/jpeg, image/png or image/webp.';

/** What the bytes say the file is, whatever the request claimed. */
export function sniffImage(buf: Buffer): (typeof PHOTO_TYPES)[number] | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (buf.length >= 12 && buf.subarray(0, 4).toString('latin1') === 'RIFF' && buf.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

const SHARP_FORMAT = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * Decodes a photo with an image library and encodes it again in its own format, so that what is
 * stored is only pixels: anything hidden in or after the image (HTML or script in a polyglot,
 * EXIF with GPS, XMP, comments, ICC text) is left behind. The EXIF orientation is applied first,
 * since it goes with the rest. Refuses what cannot be decoded whole (cut short, damaged), what
 * decodes to another format than its bytes claim, and what has too many pixels.
 */
export async function reencodePhoto(body: Buffer, mime: (typeof PHOTO_TYPES)[number]): Promise<Buffer> {
  const notImage = () => new ProblemError(415, 'not-an-image', 'The file could not be read as a JPEG, PNG or WebP image: it is damaged, cut short or of another kind.');
  let meta: sharp.Metadata;
  try {
    meta = await sharp(body, { failOn: 'warning', limitInputPixels: false }).metadata();
  } catch {
    throw notImage();
  }
  if (meta.format !== SHARP_FORMAT[mime]) throw notImage();
  if (!meta.width || !meta.height) throw notImage();
  if (meta.width * meta.height > PHOTO_MAX_PIXELS) {
    throw new ProblemError(
      413,
      'too-many-pixels',
      `A photo may have at most ${PHOTO_MAX_PIXELS / 1_000_000} million pixels; this one has ${meta.width} × ${meta.height}. Resize it and send it again.`,
    );
  }
  try {
    const image = sharp(body, { failOn: 'warning', limitInputPixels: PHOTO_MAX_PIXELS }).rotate();
    // sharp writes no metadata unless asked to (withMetadata/keepExif): none is asked for.
    const encoded = mime === 'image/jpeg' ? image.jpeg({ quality: 90 }) : mime === 'image/png' ? image.png() : image.webp({ quality: 90 });
    return await encoded.toBuffer();
  } catch {
    throw notImage();
  }
}

/**
 * Photos and documents, stored once by their SHA-256 (see BlobFiles). The hash is the name, so a
 * file is never duplicated and sync can fetch what it lacks. The record of an attachment can
 * arrive from another node before its file does: the record is usable, the file follows.
 */
export class AttachmentStore {
  constructor(
    private readonly storage: Storage,
    private readonly events: EventLog,
    private readonly audit: AuditLog,
    private readonly access: RecordAccess,
    private readonly files: BlobFiles,
  ) {}

  /** A photo for a record (`record.register`) or for an alert (`alert.issue`), owned by the uploader's unit. */
  async addPhoto(
    actor: RequestActor,
    body: Buffer,
    declared: string,
    client: ClientInfo,
    action: 'record.register' | 'alert.issue' = 'record.register',
  ): Promise<{ sha256: string; mime: string; size: number }> {
    await this.access.authorise(actor, action, actor.unit.code, client, { type: 'attachment' });
    if (body.length === 0) throw badRequest('empty-file', 'The upload is empty.');
    if (body.length > PHOTO_MAX_BYTES) throw new ProblemError(413, 'too-large', `A photo may be at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`);
    const mime = sniffImage(body);
    if (!mime) throw new ProblemError(415, 'not-an-image', 'The file is not a JPEG, PNG or WebP image.');
    if (mime !== declared) throw new ProblemError(415, 'type-mismatch', `The file is a ${mime.replace('image/', '').toUpperCase()} image but was sent as ${declared}.`);
    // What is stored, hashed and synced is the re-encoded image, never the bytes as sent.
    const photo = await reencodePhoto(body, mime);
    const sha256 = sha256Hex(photo);
    await this.files.put(photo);
    await this.events.transaction(async (tx) => {
      const exists = await tx.selectFrom('attachments').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
      if (!exists) await this.events.append(tx, { type: 'attachment.added', entityId: sha256, payload: { sha256, mime, size: photo.length, ownerUnit: actor.unit.code }, actor: actor.user.id });
      await this.audit.forRequest(actor, client).success(tx, 'attachment.upload', { targetType: 'attachment', targetId: sha256, targetUnit: actor.unit.code, detail: { mime, size: photo.length } });
    });
    return { sha256, mime, size: photo.length };
  }

  /**
   * A file by its hash. The photo of a person withheld from the caller is answered exactly as a
   * file that does not exist, inside the jurisdiction or outside: a refusal would confirm it.
   */
  async read(actor: RequestActor, sha256: string, client: ClientInfo): Promise<{ mime: string; body: Buffer }> {
    const row = await this.row(sha256);
    // Only photos are read here. A seizure's recording may show anyone the search found, a
    // protected person too: it is not served by its hash to whoever reads the station's records.
    if (!(PHOTO_TYPES as readonly string[]).includes(row.mime)) throw notFound(NO_ATTACHMENT);
    if ((await this.access.identities.withheldFiles(actor, [sha256])).has(sha256)) throw notFound(NO_ATTACHMENT);
    await this.access.authorise(actor, 'record.read', row.owner_unit, client, { type: 'attachment', id: sha256 });
    return this.deliver(actor, row, client);
  }

  /** The file of a record the caller was already allowed to read (an alert's photo), audited with it. */
  async readFor(actor: RequestActor, sha256: string, client: ClientInfo, via: { type: string; id: string }): Promise<{ mime: string; body: Buffer }> {
    return this.deliver(actor, await this.row(sha256), client, via);
  }

  private async row(sha256: string) {
    const row = await this.storage.db.selectFrom('attachments').selectAll().where('sha256', '=', sha256).executeTakeFirst();
    if (!row) throw notFound(NO_ATTACHMENT);
    return row;
  }

  private async deliver(
    actor: RequestActor,
    row: { sha256: string; mime: string; owner_unit: string },
    client: ClientInfo,
    via?: { type: string; id: string },
  ): Promise<{ mime: string; body: Buffer }> {
    if (!(await this.files.has(row.sha256))) {
      throw new ProblemError(404, 'not-arrived', `This file has not arrived yet from the node of ${row.owner_unit}; it will be here after that node's next sync.`);
    }
    await this.audit
      .forRequest(actor, client)
      .success(this.storage.db, 'attachment.read', { targetType: 'attachment', targetId: row.sha256, targetUnit: row.owner_unit, detail: via ? { via: `${via.type} ${via.id}` } : undefined });
    return { mime: row.mime, body: this.files.read(row.sha256) };
  }
}
