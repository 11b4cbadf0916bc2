import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
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
      {org.data ? (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <OrgDetailsForm org={org.data} canEdit={isAdmin} />
            <ChildOrgs org={org.data} childOrgs={children} canEdit={isAdmin} />
          </SimpleGrid>
          <MembersSection org={org.data} canEdit={isAdmin} />
        </Stack>
      ) : org.isError ? (
        <ErrorAlert error={org.error} />
      ) : (
        <Loading />
      )}
    </>
  );
}
