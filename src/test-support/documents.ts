// Test support: handmade documents shared by the tests of several folders.

/** A small document touching every collection and optional field of shared/interchange.md. */
export function fullDocument(): Record<string, unknown> {
  return {
    format: 'threefold/1',
    owner: {
      name: 'Alistair Reed',
      organization: 'o:acme',
      unit: 'Finance',
      title: 'FD',
      level: 3,
      interests: ['theatre'],
    },
    organizations: [
      {
        id: 'o:acme',
        name: 'Acme Cosmetics',
        kind: 'company',
        sector: 'consumer goods',
        trust: 4,
        support: [{ date: '2026-01-10', kind: 'letter', note: 'signed letter' }],
      },
      { id: 'o:club', name: 'Regional business club', kind: 'association' },
    ],
    people: [
      {
        id: 'p:1',
        name: 'Jane Doe',
        emails: ['jane@example.com'],
        phones: ['+44 20 7946 0000'],
        organization: 'o:acme',
        unit: 'Sales',
        title: 'Sales Director',
        level: 4,
        sector: 'consumer goods',
        region: 'UK',
        interests: ['theatre', 'sailing'],
        offers: ['retail buyers'],
        needs: ['logistics advice'],
        tags: ['board'],
        notes: 'met at the offsite',
      },
      { id: 'p:2', name: 'Omar Haddad', organization: 'o:club' },
      { id: 'p:3', name: 'Li Wei' },
    ],
    relationships: [
      {
        person: 'p:1',
        forms: ['operational', 'strategic'],
        roles: ['peer'],
        prescribed: true,
        strength: 4,
        trust: 3,
        support: 1,
        since: '2019-03-01',
        cadenceDays: 30,
        introducedBy: 'p:2',
      },
      { person: 'p:2' },
    ],
    ties: [{ a: 'p:1', b: 'p:2', strength: 3, source: 'stated' }],
    groups: [{ id: 'g:1', name: 'Club', kind: 'association', members: ['p:2'], ownerIsMember: true }],
    interactions: [
      {
        id: 'i:1',
        date: '2026-10-01T09:30:00Z',
        kind: 'meeting',
        people: ['p:1', 'p:2'],
        minutes: 60,
        forms: ['strategic'],
        direction: 'gave',
        value: ['information'],
        notes: '...',
      },
    ],
    goals: [
      {
        id: 'goal:1',
        title: 'Go public',
        due: '2027-12-31',
        stakeholders: [{ person: 'p:3', influence: 5, stance: 'opposed' }],
      },
    ],
    commitments: [
      {
        id: 'c:1',
        text: 'Two external events a week',
        form: 'personal',
        kind: 'event',
        per: 'week',
        target: 2,
        since: '2026-01-05',
      },
    ],
  };
}
