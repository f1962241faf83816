import type { PageProps } from '../../app/routes';
import { Page } from '../../ui/states';

// PLACEHOLDER: being built (replace this whole file).
export function OverviewPage(_props: PageProps) {
  return <Page title="OverviewPage">{null}</Page>;
}
