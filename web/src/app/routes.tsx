import { type ComponentType, lazy } from 'react';
import { teamPage } from '../pages/team/paths';
import type { Location } from './router';

// Each page is its own chunk: the map does not wait for the charts of the review, nor the
// overview for sigma. The page a link opens is fetched at start-up, beside the status request.
const load = {
  brief: () => import('../pages/brief/BriefPage').then((m) => ({ default: m.BriefPage })),
  commitments: () =>
    import('../pages/commitments/CommitmentsPage').then((m) => ({ default: m.CommitmentsPage })),
  duplicates: () => import('../pages/duplicates/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage })),
  goals: () => import('../pages/goals/GoalsPage').then((m) => ({ default: m.GoalsPage })),
  groups: () => import('../pages/groups/GroupsPage').then((m) => ({ default: m.GroupsPage })),
  import: () => import('../pages/import/ImportPage').then((m) => ({ default: m.ImportPage })),
  map: () => import('../pages/map/MapPage').then((m) => ({ default: m.MapPage })),
  organisation: () =>
    import('../pages/organisation/OrganisationPage').then((m) => ({ default: m.OrganisationPage })),
  overview: () => import('../pages/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })),
  people: () => import('../pages/people/PeoplePage').then((m) => ({ default: m.PeoplePage })),
  person: () => import('../pages/people/PersonPage').then((m) => ({ default: m.PersonPage })),
  review: () => import('../pages/review/ReviewPage').then((m) => ({ default: m.ReviewPage })),
  team: () => import('../pages/team/TeamPage').then((m) => ({ default: m.TeamPage })),
  week: () => import('../pages/week/WeekPage').then((m) => ({ default: m.WeekPage })),
};

export interface PageProps {
  location: Location;
}

interface Route {
  title: string;
  /** Fetches the page's chunk (the module loader keeps one copy); absent for the built-in pages. */
  load?: () => Promise<unknown>;
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

type PageKey = keyof typeof load;
const pages = {} as Record<PageKey, ComponentType<PageProps>>;
for (const key of Object.keys(load) as PageKey[]) pages[key] = lazy(load[key]);

function page(key: PageKey, title: string, section: string, needsData = true): Route {
  return { title, section, needsData, Page: pages[key], load: load[key] };
}

export function routeFor(path: string): Route {
  if (path === '/' || path === '') return page('overview', 'Overview', '/');
  if (path === '/map') return page('map', 'Network map', '/map');
  if (path === '/people') return page('people', 'People', '/people');
  if (path === '/groups') return page('groups', 'Groups', '/people');
  if (path === '/duplicates') return page('duplicates', 'Possible duplicates', '/people');
  if (path.startsWith('/people/')) return page('person', 'Person', '/people');
  if (path === '/commitments') return page('commitments', 'Commitments', '/goals');
  if (path === '/goals') return page('goals', 'Goals', '/goals');
  if (path === '/week') return page('week', 'This week', '/week');
  if (path === '/brief') return page('brief', 'Prepare a meeting', '/week');
  if (path === '/review') return page('review', 'Review', '/review');
  if (path === '/import') return page('import', 'Import', '/import', false);
  if (path === '/organisation') return page('organisation', 'Organisation', '/organisation', false);
  const team = teamPage(path);
  if (team) return page('team', team.title, team.section, false);
  return { title: 'Not found', section: '', needsData: false, Page: NotFound };
}

/** Starts fetching the chunk of the page at `path`, beside the status request. */
export function preloadPage(path: string): void {
  void routeFor(path).load?.();
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
