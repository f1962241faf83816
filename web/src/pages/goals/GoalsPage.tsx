import type { PageProps } from '../../app/routes';
import { Page } from '../../ui/states';

// PLACEHOLDER: being built (replace this whole file).
export function GoalsPage(_props: PageProps) {
  return <Page title="GoalsPage">{null}</Page>;
}
