import { useMemo } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { FORMS } from '../../ui/format';
import { useNames } from '../../ui/names';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import type { Assessment } from './assess-types';
import { FindingsList } from './FindingsList';
import { FormCard } from './FormCard';
import { KeyMeasures } from './KeyMeasures';
import { SummaryHeader } from './SummaryHeader';
import './overview.css';

export function OverviewPage(_props: PageProps) {
  const version = useStatus().data?.dataVersion ?? '';
  const assess = useApi(() => api.get<Assessment>('/assess'), `assess:${version}`);
  const a = assess.data;
  const orgIds = useMemo(() => a?.findings.flatMap((f) => f.evidence.organizations ?? []) ?? [], [a]);
  const organizations = useNames('organizations', orgIds);
  const names = useMemo(
    () => ({
      people: new Map((a?.people ?? []).map((p) => [p.id, p.name] as const)),
      organizations,
      goals: new Map((a?.metrics.goals ?? []).map((g) => [g.goal, g.title] as const)),
    }),
    [a, organizations],
  );
  return (
    <Page title="Overview">
      {assess.error && <ErrorBanner error={assess.error} onRetry={assess.reload} />}
      {!a && assess.loading && <Loading what="Assessing your network" />}
      {a && (
        <div className="stack">
          <SummaryHeader asOf={a.asOf} />
          {a.metrics.contacts.total === 0 && (
            <EmptyState title="No relationships yet">
              <p>
                The three forms are measured on your relationships. Add the people you work with on the{' '}
                <Link href="/people">People</Link> page, or <Link href="/import">import</Link> contacts and a
                calendar, and the diagnostic fills in.
              </p>
            </EmptyState>
          )}
          <div className="grid grid-3">
            {FORMS.map((f) => (
              <FormCard key={f} form={f} m={a.metrics.forms[f]} />
            ))}
          </div>
          <section aria-labelledby="findings-title">
            <h2 id="findings-title">Findings</h2>
            <FindingsList findings={a.findings} names={names} />
          </section>
          {a.metrics.contacts.total > 0 && <KeyMeasures assessment={a} />}
        </div>
      )}
    </Page>
  );
}
