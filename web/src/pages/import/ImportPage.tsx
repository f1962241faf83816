import type { PageProps } from '../../app/routes';
import { Page } from '../../ui/states';
import { BackupsCard } from './BackupsCard';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import './import.css';

/** Import files into the network and export it; reachable on an empty database (from the welcome). */
export function ImportPage(_props: PageProps) {
  return (
    <Page title="Import and export">
      <div className="grid import-grid">
        <ImportCard />
        <ExportCard />
        <BackupsCard />
      </div>
    </Page>
  );
}
