import type { PersonalPicture } from './personal.js';
import { FOLDED, MIN_GROUP } from './privacy.js';
import type { OrganisationReport } from './report.js';

const pct = (x: number) => `${Math.round(x * 100)} %`;
const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} hours`;
const unitName = (name: string) => (name === FOLDED ? `the smaller units (combined)` : name);

/** How much of a unit's ties stay inside it, in words: the E-I index read as a share. */
function insideShare(ei: number): string {
  return `${pct((1 - ei) / 2)} of its ties stay inside`;
}

/** The organisation report as sections of plain sentences, for a reader who is not an analyst. */
export function describeOrganisation(r: OrganisationReport): Array<{ title: string; lines: string[] }> {
  if (!r.shown)
    return [{ title: 'Nothing to show', lines: [`The organisation has ${people(r.people)}: ${r.reason}.`] }];
  const sections: Array<{ title: string; lines: string[] }> = [];
  sections.push({
    title: 'The organisation',
    lines: [
      `${people(r.people)} in ${r.units.length} units, ${r.ties} working ties over the last ${r.window.days} days.`,
      ...(r.unitsFolded - r.unitsWithheld > 0
        ? [
            `${r.unitsFolded - r.unitsWithheld} units with fewer than ${MIN_GROUP} people are shown together, never on their own.`,
          ]
        : []),
      ...(r.unitsWithheld > 0
        ? [
            `${r.unitsWithheld === 1 ? '1 unit is' : `${r.unitsWithheld} units are`} shown with them this time: ${r.unitsWithheld === 1 ? 'it has' : 'they have'} gained or lost fewer than ${MIN_GROUP} people since ${r.unitsWithheld === 1 ? 'its' : 'their'} figures were last shown, so comparing the two reports could tell one person's part.`,
          ]
        : []),
    ],
  });
  const silos = r.units.filter((u) => u.silo);
  sections.push({
    title: 'Silos',
    lines:
      silos.length === 0
        ? ['No unit keeps three quarters or more of its ties inside itself.']
        : silos.map((u) => `${u.name}: ${insideShare(u.ei!)} (${people(u.people)}).`),
  });
  if (r.bridgesToBuild.length > 0)
    sections.push({
      title: 'Where to build bridges',
      lines: r.bridgesToBuild.map(
        (b) =>
          `Mix ${b.unit} with ${b.with.join(', ')} in peer groups, cross-unit projects or mentoring: they have the fewest ties between them.`,
      ),
    });
  const notTalking = r.notTalking.pairs.slice(0, 5).map((p) => `${unitName(p.a)} and ${unitName(p.b)}`);
  if (r.notTalking.count > 0)
    sections.push({
      title: 'Units that do not work together',
      lines: [
        `${r.notTalking.count} pairs of units share no working tie${notTalking.length ? `, the largest: ${notTalking.join('; ')}` : ''}.`,
      ],
    });
  if (r.fragileBridges.count > 0)
    sections.push({
      title: 'Links that rest on one or two people',
      lines: r.fragileBridges.pairs
        .slice(0, 8)
        .map(
          (p) =>
            `${unitName(p.a)} and ${unitName(p.b)}: ${p.ties} ties, carried by ${people(p.peopleA)} in ${unitName(p.a)} and ${people(p.peopleB)} in ${unitName(p.b)}.`,
        ),
    });
  const b = r.brokers;
  sections.push({
    title: 'Brokers',
    lines: [
      `${people(b.count)} connect several units whose people would not otherwise meet, and their own contacts mostly do not know each other.`,
      ...(b.shareOfCrossUnitTies !== null
        ? [`They take part in ${pct(b.shareOfCrossUnitTies)} of the ties between units.`]
        : []),
      ...(b.topShareOfBetweenness !== null
        ? [
            `The 1 % of people on the most routes hold ${pct(b.topShareOfBetweenness)} of all the routes through the organisation${
              b.betweenness.errorBound !== null
                ? ` (estimated from the routes of ${b.betweenness.samples.toLocaleString('en-GB')} people picked at random)`
                : ''
            }.`,
          ]
        : []),
      ...precisionWords(b.betweenness.atTheLine),
    ],
  });
  const c = r.communities;
  sections.push({
    title: 'How people actually group',
    lines: [
      `${c.count} informal groups${c.agreementWithUnits !== null ? `; they follow the formal units ${c.agreementWithUnits >= 0.7 ? 'closely' : c.agreementWithUnits >= 0.4 ? 'in part' : 'little'} (agreement ${pct(c.agreementWithUnits)})` : ''}.`,
      ...c.shown
        .filter((g) => g.units >= 3)
        .slice(0, 5)
        .map(
          (g) =>
            `A group of ${g.people} people spans ${g.units} units (mostly ${unitName(g.mostlyFrom)}, ${pct(g.share)}).`,
        ),
    ],
  });
  const o = r.overload;
  sections.push({
    title: 'Overload',
    lines: [
      `${people(o.overloaded)} spend more than ${hours(o.thresholdMinutesPerWeek)} a week collaborating${o.medianMinutesPerWeek !== null ? ` (the median is ${hours(o.medianMinutesPerWeek)})` : ''}.`,
      `${people(o.inDemand)} have so many ties that much of the organisation depends on them.`,
    ],
  });
  const n = r.newLeaders;
  sections.push({
    title: 'New leaders',
    lines: !n.shown
      ? [
          n.count === 0
            ? 'No leader started in the last 90 days.'
            : `Fewer than ${MIN_GROUP} leaders started in the last 90 days: they are not shown as a group.`,
        ]
      : [
          `${n.count} leaders started in the last 90 days.`,
          ...n.milestones
            .filter((m) => m.medianTies !== null)
            .map(
              (m) =>
                `By day ${m.day}: a median of ${m.medianTies} ties and ${m.medianOtherUnits} other units reached (${m.leaders} leaders).`,
            ),
          ...(n.establishedMedianTies !== null
            ? [`Leaders in post for a year have a median of ${n.establishedMedianTies} ties.`]
            : []),
          ...(n.notConnectedBeyondUnit !== null && n.notConnectedBeyondUnit > 0
            ? [`${people(n.notConnectedBeyondUnit)} reached no other unit in their first 60 days.`]
            : []),
        ],
  });
  return sections;
}

/** A person's own picture in sentences. */
export function describePicture(p: PersonalPicture): string[] {
  const lines = [
    `You have ${p.ties} working ties: ${p.forms.operational} in your unit or reporting line, ${p.forms.strategic} with leaders or senior people of other units, ${p.forms.personal} with peers elsewhere.`,
    `You reach ${p.otherUnitsReached} units besides ${p.unit}.`,
  ];
  if (p.constraint !== null && p.organisation.medianConstraint !== null)
    lines.push(
      p.constraint < p.organisation.medianConstraint
        ? `Your contacts know each other less than most people's do (constraint ${p.constraint.toFixed(2)}, median ${p.organisation.medianConstraint.toFixed(2)}): you see more of the organisation.`
        : `Your contacts know each other more than most people's do (constraint ${p.constraint.toFixed(2)}, median ${p.organisation.medianConstraint.toFixed(2)}): a tie into another unit would widen what you see.`,
    );
  if (p.betweennessPercentile !== null)
    lines.push(
      `You are on more routes between people than ${pct(p.betweennessPercentile)} of the organisation.`,
    );
  if (p.broker) lines.push('You are one of the people who connect units that would otherwise not meet.');
  // No time recorded (an edge list without minutes) says nothing about the person's week.
  if (p.minutesPerWeek !== null && p.minutesPerWeek > 0)
    lines.push(
      `You spend about ${hours(p.minutesPerWeek)} a week collaborating${p.overloaded ? ', more than the overload threshold' : ''}.`,
    );
  if (p.integration) {
    const known = p.integration.ties
      .map((t, i) => (t === null ? null : `${t} by day ${[30, 60, 90][i]}`))
      .filter(Boolean);
    lines.push(`You started ${p.integration.daysIn} days ago: ${known.join(', ')}.`);
  }
  return lines;
}

/** What the sampled estimate can and cannot tell, for the brokers' line (the top 5 % by routes). */
function precisionWords(at: OrganisationReport['brokers']['betweenness']['atTheLine']): string[] {
  if (at === null || at.relativeHalfWidth === null) return [];
  const within = Math.max(1, Math.round(at.relativeHalfWidth * 100));
  return [
    `For the people on the most routes, the estimates are typically within ${within} % of the line for the top 5 %, either way (19 times in 20); ${
      at.unsettled === 0
        ? 'no one is so close to that line that their side of it is in doubt.'
        : `${at.unsettled.toLocaleString('en-GB')} ${at.unsettled === 1 ? 'person is' : 'people are'} too close to it to say on which side they fall.`
    }`,
  ];
}
