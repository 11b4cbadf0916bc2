import { PageTitle } from '../../components/page-title';

export function AnnualCyclePage(_props: Record<string, unknown>) {
  return <PageTitle documentTitle="TODO">TODO</PageTitle>;
}
