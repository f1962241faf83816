/**
 * Windows time-zone names (Outlook and Exchange write them as TZID, often without a usable
 * VTIMEZONE) to IANA zones, after CLDR's windowsZones table (territory "001" entries).
 */
const WINDOWS_ZONES: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'UTC-11': 'Etc/GMT+11',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Mountain Standard Time': 'America/Denver',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time': 'America/New_York',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'US Eastern Standard Time': 'America/Indianapolis',
  'Venezuela Standard Time': 'America/Caracas',
  'Atlantic Standard Time': 'America/Halifax',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Greenland Standard Time': 'America/Godthab',
  'Montevideo Standard Time': 'America/Montevideo',
  'UTC-02': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  UTC: 'Etc/UTC',
  'Coordinated Universal Time': 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Jordan Standard Time': 'Asia/Amman',
  'GTB Standard Time': 'Europe/Bucharest',
  'Middle East Standard Time': 'Asia/Beirut',
  'Egypt Standard Time': 'Africa/Cairo',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Syria Standard Time': 'Asia/Damascus',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'FLE Standard Time': 'Europe/Kiev',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh',
  'Belarus Standard Time': 'Europe/Minsk',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Azerbaijan Standard Time': 'Asia/Baku',
  'Georgian Standard Time': 'Asia/Tbilisi',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'West Asia Standard Time': 'Asia/Tashkent',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Katmandu',
  'Central Asia Standard Time': 'Asia/Almaty',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'Myanmar Standard Time': 'Asia/Rangoon',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Malay Peninsula Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'W. Australia Standard Time': 'Australia/Perth',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'Tasmania Standard Time': 'Australia/Hobart',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Fiji Standard Time': 'Pacific/Fiji',
  'Tonga Standard Time': 'Pacific/Tongatapu',
};

/** Outlook's display names, as in `(UTC-05:00) Eastern Time (US and Canada)`. */
const DISPLAY_NAMES: [RegExp, string][] = [
  [/eastern time \(us (and|&) canada\)/i, 'America/New_York'],
  [/central time \(us (and|&) canada\)/i, 'America/Chicago'],
  [/mountain time \(us (and|&) canada\)/i, 'America/Denver'],
  [/pacific time \(us (and|&) canada\)/i, 'America/Los_Angeles'],
  [/amsterdam, berlin/i, 'Europe/Berlin'],
  [/brussels, copenhagen, madrid, paris/i, 'Europe/Paris'],
  [/dublin, edinburgh, lisbon, london/i, 'Europe/London'],
  [/canberra, melbourne, sydney/i, 'Australia/Sydney'],
  [/kuala lumpur, singapore/i, 'Asia/Singapore'],
  [/osaka, sapporo, tokyo/i, 'Asia/Tokyo'],
  [/beijing, chongqing/i, 'Asia/Shanghai'],
  [/chennai, kolkata, mumbai/i, 'Asia/Calcutta'],
];

const known = new Map<string, boolean>();

function isIana(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

/** An IANA zone for a TZID as calendars write it, or undefined when it names none we know. */
export function ianaZone(tzid: string | undefined): string | undefined {
  const id = (tzid ?? '').replace(/^"|"$/g, '').trim();
  if (!id) return undefined;
  if (/^(utc|gmt|z)$/i.test(id)) return 'Etc/UTC';
  const windows = WINDOWS_ZONES[id];
  if (windows) return windows;
  for (const [re, zone] of DISPLAY_NAMES) if (re.test(id)) return zone;
  if (id.includes('/') && isIana(id)) return id;
  return undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone, the UTC offset of each UTC day whose offset does not change within the day. */
const dayOffsets = new Map<string, Map<number, number | null>>();
const DAY = 86_400_000;

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC (ms) at an instant, from the platform's time-zone data. */
function exactOffset(f: Intl.DateTimeFormat, epoch: number): number {
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(new Date(epoch))) p[x.type] = x.value;
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return wall - epoch;
}

/**
 * The offset at an instant. Asking the platform is slow (a calendar asks tens of thousands of
 * times), so a UTC day whose offset is the same at its start and at its end is remembered as
 * one offset; a day with a change in it is asked exactly every time.
 */
function offsetAt(zone: string, epoch: number): number {
  const f = formatter(zone);
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(epoch / DAY);
  let known = days.get(day);
  if (known === undefined) {
    const start = exactOffset(f, day * DAY);
    known = start === exactOffset(f, (day + 1) * DAY - 1000) ? start : null;
    days.set(day, known);
  }
  return known ?? exactOffset(f, epoch);
}

/** Epoch milliseconds of a wall-clock time in an IANA zone (the later one in a DST overlap). */
export function zonedToEpoch(
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  zone: string,
): number {
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  // Two passes settle the offset across a DST change.
  let epoch = asUtc - offsetAt(zone, asUtc);
  epoch = asUtc - offsetAt(zone, epoch);
  return epoch;
}
