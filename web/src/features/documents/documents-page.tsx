import { PageTitle } from '../../components/page-title';

export function DocumentsPage(_props: Record<string, unknown>) {
  return <PageTitle documentTitle="TODO">TODO</PageTitle>;
}
