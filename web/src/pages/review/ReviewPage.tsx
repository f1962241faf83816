import type { PageProps } from '../../app/routes';
import { Page } from '../../ui/states';

// PLACEHOLDER: being built (replace this whole file).
export function ReviewPage(_props: PageProps) {
  return <Page title="ReviewPage">{null}</Page>;
}
