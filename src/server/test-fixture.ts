import type { ThreefoldDocument } from '../document/schema.js';

/** A small network with one of everything, for the API tests. */
export function fixtureDocument(): ThreefoldDocument {
  return {
    format: 'threefold/1',
    owner: { name: 'Dana Owner', organization: 'o:home', unit: 'Finance', level: 3 },
    organizations: [
      { id: 'o:home', name: 'Home Corp', kind: 'company', sector: 'retail' },
      { id: 'o:club', name: 'City Club', kind: 'club' },
    ],
    people: [
      { id: 'p:1', name: 'Ada Inside', organization: 'o:home', unit: 'Sales', tags: ['team'] },
      {
        id: 'p:2',
        name: 'Ben Outside',
        organization: 'o:club',
        sector: 'health',
        emails: ['ben@example.com'],
      },
      { id: 'p:3', name: 'Cy Stranger' },
      { id: 'p:4', name: '<img src=x onerror=alert(1)>' },
    ],
    relationships: [
      { person: 'p:1', forms: ['operational'], strength: 4, prescribed: true },
      { person: 'p:2', forms: ['personal'], strength: 2 },
    ],
    ties: [
      { a: 'p:1', b: 'p:2', strength: 3, source: 'stated' },
      { a: 'p:2', b: 'p:3', strength: 2 },
    ],
    groups: [{ id: 'g:1', name: 'Book circle', kind: 'club', members: ['p:2', 'p:3'] }],
    interactions: [
      { id: 'i:1', date: '2026-05-01', kind: 'meeting', people: ['p:1'], minutes: 30 },
      { id: 'i:2', date: '2026-05-20', kind: 'meal', people: ['p:2', 'p:3'], minutes: 90 },
    ],
    goals: [
      {
        id: 'goal:1',
        title: 'Open a new market',
        stakeholders: [{ person: 'p:3', influence: 4, stance: 'neutral' }],
      },
    ],
    commitments: [{ id: 'c:1', text: 'One external event a week', form: 'personal', per: 'week', target: 1 }],
  };
}
