/**
 * Each kind of finding in words that name no one: a finding's own title may quote a goal or a
 * commitment of its leader, which a programme's aggregate view must never show.
 */
export const FINDING_KIND_TITLES: Readonly<Record<string, string>> = {
  'strategic.underused': 'The strategic network is under-used',
  'network.inward': 'The network looks inward',
  'operational.blind-spot': 'Weak ties where the job depends on people',
  'operational.formal-only': 'Key people met only in large formal meetings',
  'operational.shallow': 'The operational network lacks depth',
  'personal.narrow': 'Outside contacts come from too few places',
  'personal.no-groups': 'No outside group',
  'personal.low-reach': 'Contacts open few doors beyond themselves',
  'strategic.closed': 'Contacts mostly know each other',
  'strategic.no-bridges': 'Nobody links the inside and outside worlds',
  'strategic.no-upward': 'No working tie to anyone more senior beyond the boss',
  'strategic.no-lateral': 'No tie to another unit of the organisation',
  'goal.unsupported': 'A goal lacks support where the influence is',
  'goal.unreachable': 'No path to key stakeholders of a goal',
  'goal.allies-idle': 'Allies of a goal have not been activated',
  'dynamism.stale': 'Many relationships have gone quiet',
  'dynamism.lapse': 'Networking has lapsed',
  'dynamism.no-new': 'No new relationship in six months',
  'commitment.missed': 'A commitment is slipping',
  'reciprocity.taking': 'Taking more than giving',
  'reciprocity.never-asks': 'Giving but never asking',
  'reciprocity.no-giving': 'Receiving far more than giving',
  'exchange.only-when-needed': 'Some people hear from the leader only when a need arises',
  'support.trust-without-support': 'Trust that has never turned into support',
  'time.operational-heavy': 'Almost all networking time goes to operations',
};

/** The kind's title, or a plain fallback for a kind this list does not know yet. */
export const findingKindTitle = (code: string): string =>
  FINDING_KIND_TITLES[code] ?? 'Another kind of finding';
