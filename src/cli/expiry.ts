/** "30d", "12h", "90m" from now, or an ISO date/time; refuses the past. */
export function parseExpiry(text: string, now: Date): Date {
  const rel = /^(\d+)([dhm])$/.exec(text);
  let at: Date;
  if (rel) {
    const n = Number(rel[1]);
    const unit = { d: 86400, h: 3600, m: 60 }[rel[2] as 'd' | 'h' | 'm'];
    at = new Date(now.getTime() + n * unit * 1000);
  } else {
    at = new Date(text);
    if (Number.isNaN(at.getTime())) throw new Error(`"${text}" is not a duration (30d, 12h, 90m) or a date (2027-01-31).`);
  }
  if (at.getTime() <= now.getTime()) throw new Error('The expiry must be in the future.');
  return at;
}
