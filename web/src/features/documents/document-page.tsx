import { PageTitle } from '../../components/page-title';

export function DocumentPage(_props: Record<string, unknown>) {
  return <PageTitle documentTitle="TODO">TODO</PageTitle>;
}
