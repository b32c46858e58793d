/**
 * Sunrise and sunset for a place and an IST calendar date, for BNSS 43(5) (no woman arrested
 * after sunset and before sunrise without a Magistrate's prior permission).
 *
 * Implemented here rather than taken from a package because no solar library (such as suncalc) is
 * among the project's dependencies and the rule needs only a few lines: the NOAA solar calculation
 * (Meeus, Astronomical Algorithms), accurate to about a minute at India's latitudes. The zenith
 * that defines "sunset" (90.833° = upper limb on the horizon with standard refraction) is passed
 * in from the reference data. Pure: no clock, no time zone of the machine.
 */

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60 * 1000;
const rad = (d: number): number => (d * Math.PI) / 180;
const deg = (r: number): number => (r * 180) / Math.PI;

interface SolarTerms {
  /** minutes */
  equationOfTime: number;
  /** degrees */
  declination: number;
}

function solarTerms(at: number): SolarTerms {
  const jd = at / DAY_MS + 2440587.5;
  const t = (jd - 2451545) / 36525;
  const l0 = (280.46646 + t * (36000.76983 + t * 0.0003032)) % 360;
  const m = 357.52911 + t * (35999.05029 - 0.0001537 * t);
  const e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
  const c = Math.sin(rad(m)) * (1.914602 - t * (0.004817 + 0.000014 * t)) + Math.sin(rad(2 * m)) * (0.019993 - 0.000101 * t) + Math.sin(rad(3 * m)) * 0.000289;
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(rad(omega));
  const eps0 = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
  const eps = eps0 + 0.00256 * Math.cos(rad(omega));
  const declination = deg(Math.asin(Math.sin(rad(eps)) * Math.sin(rad(lambda))));
  const y = Math.tan(rad(eps / 2)) ** 2;
  const equationOfTime =
    4 * deg(y * Math.sin(2 * rad(l0)) - 2 * e * Math.sin(rad(m)) + 4 * e * y * Math.sin(rad(m)) * Math.cos(2 * rad(l0)) - 0.5 * y * y * Math.sin(4 * rad(l0)) - 1.25 * e * e * Math.sin(2 * rad(m)));
  return { equationOfTime, declination };
}

/** The instant of sunrise (-1) or sunset (+1) near `guess`, refined twice; null when the sun does not cross that zenith. */
function crossing(utcMidnight: number, lat: number, lon: number, zenith: number, sign: 1 | -1): number | null {
  let at = utcMidnight + (720 - 4 * lon) * 60_000;
  for (let i = 0; i < 3; i++) {
    const { equationOfTime, declination } = solarTerms(at);
    const cosH = Math.cos(rad(zenith)) / (Math.cos(rad(lat)) * Math.cos(rad(declination))) - Math.tan(rad(lat)) * Math.tan(rad(declination));
    if (cosH > 1 || cosH < -1) return null;
    const hourAngle = deg(Math.acos(cosH));
    at = utcMidnight + (720 - 4 * lon - equationOfTime + sign * 4 * hourAngle) * 60_000;
  }
  return at;
}

export interface SunTimes {
  sunrise: Date;
  sunset: Date;
}

/**
 * Sunrise and sunset on the IST calendar date `istDate` (YYYY-MM-DD) at a place (degrees, north and
 * east positive). Throws for a place where the sun does not rise or set that day (never in India).
 */
export function sunTimes(istDate: string, place: { lat: number; lon: number }, zenithDegrees: number): SunTimes {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(istDate);
  if (!m) throw new Error(`not a date: ${istDate}`);
  // Solar noon anywhere in India falls on the same UTC date as the IST date.
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const sunrise = crossing(utcMidnight, place.lat, place.lon, zenithDegrees, -1);
  const sunset = crossing(utcMidnight, place.lat, place.lon, zenithDegrees, 1);
  if (sunrise === null || sunset === null) throw new Error(`the sun does not rise or set at ${place.lat},${place.lon} on ${istDate}`);
  return { sunrise: new Date(sunrise), sunset: new Date(sunset) };
}

/**
 * Whether `at` is after sunset or before sunrise of its own IST calendar day at the place ("after
 * sunset and before sunrise": sunset and sunrise themselves are day). `marginMinutes` widens the
 * night on both sides, for when the place is only approximately known.
 */
export function isBetweenSunsetAndSunrise(at: Date, place: { lat: number; lon: number }, zenithDegrees: number, marginMinutes = 0): boolean {
  const istDate = new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
  const { sunrise, sunset } = sunTimes(istDate, place, zenithDegrees);
  const margin = marginMinutes * 60_000;
  return at.getTime() > sunset.getTime() - margin || at.getTime() < sunrise.getTime() + margin;
}
