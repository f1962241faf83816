import type { PageProps } from '../../app/routes';
import { Page } from '../../ui/states';

// PLACEHOLDER: being built (replace this whole file).
export function PersonPage(_props: PageProps) {
  return <Page title="PersonPage">{null}</Page>;
}
