import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { NotFoundContent } from '../layout/not-found-page';
import { MembersSection } from '../members/members-section';
import { ChildOrgs } from './child-orgs';
import { OrgDetailsForm } from './org-details-form';
import { useOrgContext } from './use-org-context';

export function OrgAdminPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { org, children, isAdmin } = useOrgContext(orgId);

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;
  return (
    <>
      <PageTitle
        documentTitle={org.data ? `${t('nav.organisation')} – ${org.data.name}` : t('nav.organisation')}
      >
        {org.data ? t('admin.title', { name: org.data.name }) : t('nav.organisation')}
      </PageTitle>
      <QueryBoundary query={org} keepDataOnError>
        {(data) => (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <OrgDetailsForm org={data} canEdit={isAdmin} />
              <ChildOrgs org={data} childOrgs={children} canEdit={isAdmin} />
            </SimpleGrid>
            <MembersSection org={data} canEdit={isAdmin} />
          </Stack>
        )}
      </QueryBoundary>
    </>
  );
}
