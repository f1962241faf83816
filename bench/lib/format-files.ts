// Generated files in the layouts real exports use, for the import benchmarks: a LinkedIn
// Connections.csv and an Outlook/Google-like calendar. Seeded, so every run reads the same bytes.

import { mulberry32 } from '../../src/core/sample/random.js';

const FIRST = [
  'Marigold',
  'Barnaby',
  'Ottoline',
  'Zoë',
  'Cornelius',
  'Begoña',
  'Quentin',
  'Pip',
  'Søren',
  'Hester',
  'Ignatius',
  'Philippa',
  'Amara',
  'Bartholomew',
  'Chiara',
  'Dmitri',
  'Eun-ji',
  'Faisal',
  'Greta',
  'Hiroshi',
  'Ingrid',
  'Jamal',
  'Kalinda',
  'Lorenzo',
  'Maëlle',
  'Nikolai',
  'Oluwaseun',
  'Priya',
  'Rafael',
  'Sinéad',
];
const LAST = [
  'Thistlewaite',
  'Fizzwick',
  'Quibble',
  'Marchbanks-Fable',
  'Puddleby',
  'Tumbleweed',
  'Marlowe',
  'Lanternfish',
  'Inkwell',
  'Gumbleton',
  'Wobblesworth',
  'Crumpet',
  'Snodgrass-Vane',
  'Okonkwo',
  'Van der Berg',
  "O'Hara",
  'Nakamura',
  'García Márquez',
  'Lindqvist',
  'Abernathy',
  'Featherstone',
  'Kowalczyk',
  'Dubois',
  'Haddad',
];
const COMPANY_WORDS = [
  'Imaginary',
  'Gadgetry',
  'Moonbeam',
  'Teapot',
  'Pretend',
  'Nowhere',
  'Fiktivt',
  'Acme',
  'Lantern',
  'Quill',
];
const COMPANY_KINDS = [
  'Widgets Ltd',
  'Works, Inc.',
  'Logistics GmbH',
  '& Kettle Consulting',
  'University',
  'Analytics',
  'Rederi A/S',
  'Holdings',
  'Labs',
  'Partners LLP',
];
const POSITIONS = [
  'Senior Product Manager',
  'Staff Software Engineer',
  'Director, Imaginary Operations',
  'Partner',
  'Directora de Marketing',
  'Founder & CEO',
  'Head of Data',
  'Chief of Staff',
  'Operations Lead',
  'Analyst',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function name(rand: () => number, i: number): { first: string; last: string } {
  const first = FIRST[Math.floor(rand() * FIRST.length)]!;
  // A numeral keeps 30,000 names distinct the way real networks mostly are.
  const last = `${LAST[Math.floor(rand() * LAST.length)]!} ${i.toString(36).toUpperCase()}`;
  return { first, last };
}

/**
 * LinkedIn's current layout: the `Notes:` preamble, a URL column, e-mails for about one in
 * eight connections, about one in a hundred hidden profiles, 3,000 companies (some with commas
 * in quotes), and `18 Nov 2024` dates, newest first.
 */
export function linkedinConnections(rows: number, seed = 7): string {
  const rand = mulberry32(seed); // seeded: the same files on every run
  const out = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  let day = Date.UTC(2025, 10, 18);
  for (let i = 0; i < rows; i++) {
    day -= Math.floor(rand() * 3) * 86_400_000;
    const d = new Date(day);
    const date = `${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    if (rand() < 0.01) {
      out.push(`,,,,,,${date}`);
      continue;
    }
    const { first, last } = name(rand, i);
    const handle = `${first}-${last}`
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w-]+/g, '-')
      .toLowerCase();
    const c = Math.floor(rand() * 3000);
    const company = `${COMPANY_WORDS[c % 10]} ${COMPANY_KINDS[Math.floor(c / 10) % 10]} ${Math.floor(c / 100)}`;
    const email = rand() < 0.125 ? `${handle}@example.com` : '';
    out.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/${encodeURIComponent(handle)}-${(i * 2654435761).toString(16).slice(-8)}`,
        email,
        rand() < 0.05 ? '' : company,
        POSITIONS[Math.floor(rand() * POSITIONS.length)]!,
        date,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
const local = (ms: number) => stamp(ms).slice(0, -1);

/** Folds a content line at 75 octets as calendar servers do (ASCII content here). */
function fold(line: string): string {
  if (line.length <= 75) return line;
  const parts = [line.slice(0, 75)];
  for (let i = 75; i < line.length; i += 74) parts.push(` ${line.slice(i, i + 74)}`);
  return parts.join('\r\n');
}

/**
 * An Exchange-like calendar of `events` past meetings over two years before `asOf`, among 1,500
 * colleagues: 2 to 9 attendees each (CN, ROLE, PARTSTAT), the owner as organiser or attendee,
 * one in twenty weekly series (COUNT=8, one EXDATE), one in fifty cancelled, one in fifty
 * declined by the owner, a few with a meeting room, and a VTIMEZONE for Europe/London.
 */
export function calendar(events: number, asOf: string, owner: string, seed = 11): string {
  const rand = mulberry32(seed); // seeded: the same files on every run
  const people = Array.from({ length: 1500 }, (_, i) => {
    const { first, last } = name(rand, i);
    return {
      cn: `${first} ${last}`,
      email:
        `${first}.${last}`
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^\w.]+/g, '')
          .toLowerCase() + '@example.org',
    };
  });
  const end = Date.parse(`${asOf}T00:00:00Z`) - 86_400_000 * 60;
  const span = 86_400_000 * 640;
  const out = [
    'BEGIN:VCALENDAR',
    'METHOD:PUBLISH',
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    'BEGIN:VTIMEZONE',
    'TZID:GMT Standard Time',
    'BEGIN:STANDARD',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0000',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T010000',
    'TZOFFSETFROM:+0000',
    'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
  for (let e = 0; e < events; e++) {
    const start = end - Math.floor(rand() * span);
    const startMs = start - (start % 1_800_000);
    const minutes = [30, 30, 45, 60, 60, 90][Math.floor(rand() * 6)]!;
    const size = 2 + Math.floor(rand() ** 2 * 8);
    const team = new Set<number>();
    while (team.size < size) team.add(Math.floor(rand() ** 1.5 * people.length));
    const attendees = [...team].map((i) => people[i]!);
    const ownerOrganises = rand() < 0.4;
    const organiser = ownerOrganises ? { cn: 'Ada Leader', email: owner } : attendees[0]!;
    const lines = [
      'BEGIN:VEVENT',
      `ORGANIZER;CN=${organiser.cn}:MAILTO:${organiser.email}`,
      `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=${rand() < 0.02 ? 'DECLINED' : 'ACCEPTED'};RSVP=TRUE;CN=Ada Leader:MAILTO:${owner}`,
      ...attendees.map(
        (a) => `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=${a.cn}:MAILTO:${a.email}`,
      ),
    ];
    if (rand() < 0.05)
      lines.push('ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Room 4.01:MAILTO:room401@example.org');
    lines.push(
      `UID:040000008200E00074C5B7101A82E0080000000${e.toString(16).padStart(8, '0')}@example.org`,
      `SUMMARY;LANGUAGE=en-GB:${['Weekly sync', '1:1', 'Quarterly planning', 'Design review', 'Coffee'][e % 5]} ${e}`,
      `DTSTART;TZID=GMT Standard Time:${local(startMs)}`,
      `DTEND;TZID=GMT Standard Time:${local(startMs + minutes * 60_000)}`,
      `DTSTAMP:${stamp(startMs - 86_400_000)}`,
      `STATUS:${rand() < 0.02 ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:OPAQUE',
      'SEQUENCE:0',
      `DESCRIPTION;LANGUAGE=en-GB:Agenda for meeting ${e}: review the numbers\\, agree the next steps and note who owns what.`,
      'LOCATION;LANGUAGE=en-GB:Teams',
    );
    if (rand() < 0.05) {
      lines.push(
        'RRULE:FREQ=WEEKLY;COUNT=8',
        `EXDATE;TZID=GMT Standard Time:${local(startMs + 7 * 86_400_000)}`,
      );
    }
    lines.push('END:VEVENT');
    out.push(...lines.map(fold));
  }
  out.push('END:VCALENDAR');
  return `${out.join('\r\n')}\r\n`;
}
