import type { PageProps } from '../../app/routes';
import { Page } from '../../ui/states';

// PLACEHOLDER: being built (replace this whole file).
export function ImportPage(_props: PageProps) {
  return <Page title="ImportPage">{null}</Page>;
}
