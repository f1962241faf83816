import { type ComponentType, lazy } from 'react';

// Each page is its own chunk: the map does not wait for the charts of the review, nor the
// overview for sigma. The page a link opens is fetched at start-up, beside the status request.
const load = {
  goals: () => import('../pages/goals/GoalsPage').then((m) => ({ default: m.GoalsPage })),
  import: () => import('../pages/import/ImportPage').then((m) => ({ default: m.ImportPage })),
  map: () => import('../pages/map/MapPage').then((m) => ({ default: m.MapPage })),
  overview: () => import('../pages/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })),
  people: () => import('../pages/people/PeoplePage').then((m) => ({ default: m.PeoplePage })),
  person: () => import('../pages/people/PersonPage').then((m) => ({ default: m.PersonPage })),
  review: () => import('../pages/review/ReviewPage').then((m) => ({ default: m.ReviewPage })),
  week: () => import('../pages/week/WeekPage').then((m) => ({ default: m.WeekPage })),
};
const GoalsPage = lazy(load.goals);
const ImportPage = lazy(load.import);
const MapPage = lazy(load.map);
const OverviewPage = lazy(load.overview);
const PeoplePage = lazy(load.people);
const PersonPage = lazy(load.person);
const ReviewPage = lazy(load.review);
const WeekPage = lazy(load.week);

/** Starts fetching the chunk of the page at `path` (the module loader keeps one copy). */
export function preloadPage(path: string): void {
  const key =
    (
      {
        '/': 'overview',
        '': 'overview',
        '/map': 'map',
        '/people': 'people',
        '/goals': 'goals',
        '/week': 'week',
        '/review': 'review',
        '/import': 'import',
      } as const
    )[path] ?? (path.startsWith('/people/') ? 'person' : undefined);
  if (key) void load[key]();
}

import type { Location } from './router';

export interface PageProps {
  location: Location;
}

interface Route {
  title: string;
  /** The nav entry this page belongs to. */
  section: string;
  /** Pages that only make sense with a network show the welcome (import or sample) when empty. */
  needsData: boolean;
  Page: ComponentType<PageProps>;
}

export const SECTIONS = [
  { href: '/', label: 'Overview' },
  { href: '/map', label: 'Map' },
  { href: '/people', label: 'People' },
  { href: '/goals', label: 'Goals' },
  { href: '/week', label: 'This week' },
  { href: '/review', label: 'Review' },
  { href: '/import', label: 'Import' },
] as const;

export function routeFor(path: string): Route {
  if (path === '/' || path === '')
    return { title: 'Overview', section: '/', needsData: true, Page: OverviewPage };
  if (path === '/map') return { title: 'Network map', section: '/map', needsData: true, Page: MapPage };
  if (path === '/people') return { title: 'People', section: '/people', needsData: true, Page: PeoplePage };
  if (path.startsWith('/people/'))
    return { title: 'Person', section: '/people', needsData: true, Page: PersonPage };
  if (path === '/goals') return { title: 'Goals', section: '/goals', needsData: true, Page: GoalsPage };
  if (path === '/week') return { title: 'This week', section: '/week', needsData: true, Page: WeekPage };
  if (path === '/review') return { title: 'Review', section: '/review', needsData: true, Page: ReviewPage };
  if (path === '/import') return { title: 'Import', section: '/import', needsData: false, Page: ImportPage };
  return { title: 'Not found', section: '', needsData: false, Page: NotFound };
}

function NotFound({ location }: PageProps) {
  return (
    <section className="card">
      <h1 id="page-title" tabIndex={-1}>
        Nothing here
      </h1>
      <p>
        There is no page at <code>{location.path}</code>. Use the sections above.
      </p>
    </section>
  );
}
