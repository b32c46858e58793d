import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'CCTNS';

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secret: string, username: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way (RFC 6238 §5.2).
 * Returns the time step it matched so callers can refuse a replay of the same code.
 */
export function checkTotp(secret: string, username: string, code: string, at: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const t = totp(secret, username);
  const delta = t.validate({ token: code, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(at.getTime() / 30000) + delta;
}

export function totpCode(secret: string, at: Date): string {
  return totp(secret, 'x').generate({ timestamp: at.getTime() });
}

export async function enrolmentMaterial(secret: string, username: string) {
  const uri = totp(secret, username).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri: uri, qrSvg };
}
