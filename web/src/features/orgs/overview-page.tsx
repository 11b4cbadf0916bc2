import { Badge, Group, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import type { Org } from '../../api/types';
import { AnchorLink } from '../../components/anchor-link';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from './use-org-context';

export function OverviewPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { org } = useOrgContext(orgId);

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;

  const current = org.data;
  return (
    <>
      <Text fw={600} c="dimmed" tt="uppercase" size="sm">
        {t('overview.title')}
      </Text>
      <PageTitle documentTitle={current ? `${t('overview.title')} – ${current.name}` : t('overview.title')}>
        {current?.name ?? t('overview.title')}
      </PageTitle>
      <QueryBoundary query={org} keepDataOnError>
        {(current) => <OverviewContent org={current} orgId={orgId} />}
      </QueryBoundary>
    </>
  );
}

function OverviewContent({ org: current, orgId }: { org: Org; orgId: string }) {
  const { t } = useTranslation();
  const { roles, children, parent } = useOrgContext(orgId);
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby="overview-details">
          <Title order={2} id="overview-details" mb="sm">
            {t('overview.details')}
          </Title>
          <dl className="description-list">
            <dt>{t('overview.name')}</dt>
            <dd>{current.name}</dd>
            <dt>{t('overview.kind')}</dt>
            <dd>{t(`orgKind.${current.kind}`)}</dd>
            <dt>{t('overview.cvr')}</dt>
            <dd>{current.cvr ?? t('common.none')}</dd>
            {parent ? (
              <>
                <dt>{t('overview.parent')}</dt>
                <dd>
                  <AnchorLink to="/o/$orgId" params={{ orgId: parent.id }}>
                    {parent.name}
                  </AnchorLink>
                </dd>
              </>
            ) : null}
          </dl>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="overview-roles">
          <Title order={2} id="overview-roles" mb="sm">
            {t('overview.yourRoles')}
          </Title>
          {roles.length === 0 ? (
            <Text>{t('overview.noRoles')}</Text>
          ) : (
            <List spacing="xs" listStyleType="none" ml={0} pl={0} data-testid="my-roles">
              {roles.map((entry) => (
                <List.Item key={`${entry.role}-${entry.via?.orgId ?? 'direct'}`}>
                  <Group gap="xs">
                    <Badge variant="light" color="blue" size="lg" radius="sm" tt="none">
                      {t(`role.${entry.role}`)}
                    </Badge>
                    <Text size="sm">
                      {entry.via
                        ? t('overview.inheritedFrom', { org: entry.via.orgName })
                        : t('overview.direct')}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" mt="md" component="section" aria-labelledby="overview-children">
        <Title order={2} id="overview-children" mb="sm">
          {t('overview.children')}
        </Title>
        {children.length === 0 ? (
          <Text>{t('overview.noChildren')}</Text>
        ) : (
          <List spacing="xs">
            {children.map((child) => (
              <List.Item key={child.id}>
                <AnchorLink to="/o/$orgId" params={{ orgId: child.id }}>
                  {child.name}
                </AnchorLink>{' '}
                <Text span size="sm">
                  ({t(`orgKind.${child.kind}`)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </>
  );
}
