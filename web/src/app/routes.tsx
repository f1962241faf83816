import type { JSX } from 'react';
import { GoalsPage } from '../pages/goals/GoalsPage';
import { ImportPage } from '../pages/import/ImportPage';
import { MapPage } from '../pages/map/MapPage';
import { OverviewPage } from '../pages/overview/OverviewPage';
import { PeoplePage } from '../pages/people/PeoplePage';
import { PersonPage } from '../pages/people/PersonPage';
import { ReviewPage } from '../pages/review/ReviewPage';
import { WeekPage } from '../pages/week/WeekPage';
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
  Page: (props: PageProps) => JSX.Element;
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
