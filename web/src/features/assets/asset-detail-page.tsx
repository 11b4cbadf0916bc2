import { Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Asset, useAsset, useAssetImpact, useUpdateAsset } from '../../api/assets';
import { isApiError, isStatus } from '../../api/errors';
import { useRisks } from '../../api/risks';
import { AnchorLink } from '../../components/anchor-link';
import { StatusMessage } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { Tag } from '../../components/tag';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from '../orgs/use-org-context';
import { LevelBadge } from '../risks/level-badge';
import { AssetFlags } from './asset-flags';
import { AssetForm, bodyOf, valuesOf } from './asset-form';
import { ratingKey } from './ratings';

interface AssetDetailPageProps {
  orgId: string;
  assetId: string;
  created?: boolean;
}

export function AssetDetailPage({ orgId, assetId, created }: AssetDetailPageProps) {
  const { t } = useTranslation();
  const { me } = useOrgContext(orgId);
  const asset = useAsset(orgId, assetId);
  const update = useUpdateAsset(orgId, assetId);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(created ? t('assets.created') : null);

  if (isStatus(asset.error, 403, 404)) return <NotFoundContent />;
  const current = asset.data;
  const title = current?.name ?? t('ismsNav.assets');
  const canWrite = current?.can.update ?? false;

  return (
    <>
      <Text fw={600} c="dimmed" size="sm">
        <AnchorLink to="/o/$orgId/assets" params={{ orgId }}>
          {t('assets.backToRegister')}
        </AnchorLink>
      </Text>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <QueryBoundary query={asset} keepDataOnError>
        {(current) => (
          <Stack gap="md">
            <StatusMessage message={message} />
            <Group gap="sm">
              <Tag variant="light" radius="sm" tt="none" size="lg">
                {t(`assets.kinds.${current.kind}`)}
              </Tag>
              <AssetFlags asset={current} />
            </Group>
            {editing ? (
              <section aria-labelledby="asset-form-heading">
                <Title order={2} id="asset-form-heading" mb="sm">
                  {t('assets.editHeading')}
                </Title>
                {isApiError(update.error) && update.error.code === 'version_conflict' ? (
                  <Text mb="sm">{t('assets.conflict')}</Text>
                ) : null}
                <AssetForm
                  key={current.version}
                  orgId={orgId}
                  label={t('assets.editHeading')}
                  assetId={assetId}
                  initial={valuesOf(current, me.id)}
                  submitLabel={t('common.save')}
                  pending={update.isPending}
                  error={update.error}
                  onSubmit={(values) =>
                    update.mutate(
                      { ...bodyOf(values), version: current.version },
                      {
                        onSuccess: () => {
                          setEditing(false);
                          setMessage(t('assets.saved'));
                        },
                      },
                    )
                  }
                  onCancel={() => {
                    update.reset();
                    setEditing(false);
                  }}
                />
              </section>
            ) : (
              <AssetDetails
                asset={current}
                canWrite={canWrite}
                onEdit={() => {
                  setMessage(null);
                  setEditing(true);
                }}
              />
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <DependencyList orgId={orgId} asset={current} />
              <ImpactSection orgId={orgId} asset={current} />
            </SimpleGrid>
            <AssetRisks orgId={orgId} asset={current} />
          </Stack>
        )}
      </QueryBoundary>
    </>
  );
}

function AssetDetails({ asset, canWrite, onEdit }: { asset: Asset; canWrite: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const none = t('common.none');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="asset-details-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="asset-details-heading">
          {t('assets.details')}
        </Title>
        {canWrite ? (
          <Button variant="default" onClick={onEdit}>
            {t('assets.edit')}
          </Button>
        ) : null}
      </Group>
      {asset.description ? <Text mb="sm">{asset.description}</Text> : null}
      <dl className="description-list">
        <dt>{t('assets.owner')}</dt>
        <dd>{asset.ownerName ?? t('assets.noOwner')}</dd>
        <dt>{t('assets.criticality')}</dt>
        <dd>
          {asset.criticality} – {t(ratingKey(asset.criticality))}
        </dd>
        <dt>{t('assets.ciaFull')}</dt>
        <dd>
          {t('assets.ciaLong', {
            c: `${asset.confidentiality} – ${t(ratingKey(asset.confidentiality))}`,
            i: `${asset.integrity} – ${t(ratingKey(asset.integrity))}`,
            a: `${asset.availability} – ${t(ratingKey(asset.availability))}`,
          })}
        </dd>
        <dt>{t('assets.personalData')}</dt>
        <dd>
          {asset.healthData ? t('assets.healthData') : asset.personalData ? t('common.yes') : t('common.no')}
        </dd>
        <dt>{t('assets.supplier')}</dt>
        <dd>{asset.supplier ?? none}</dd>
        <dt>{t('assets.hosting')}</dt>
        <dd>{asset.hosting ? t(`assets.hostings.${asset.hosting}`) : none}</dd>
        <dt>{t('assets.legacy')}</dt>
        <dd>
          {asset.legacy
            ? asset.endOfSupport
              ? t(asset.unsupported ? 'assets.supportEnded' : 'assets.supportEnds', {
                  date: formatDate(asset.endOfSupport, locale),
                })
              : t('common.yes')
            : t('common.no')}
        </dd>
        {asset.kind === 'process' ? (
          <>
            <dt>{t('assets.clinicalCritical')}</dt>
            <dd>
              {asset.clinicalCritical
                ? asset.criticalRank
                  ? t('assets.flagClinicalRank', { rank: asset.criticalRank })
                  : t('common.yes')
                : t('common.no')}
            </dd>
          </>
        ) : null}
      </dl>
    </Paper>
  );
}

function AssetRefLink({ orgId, id, name }: { orgId: string; id: string; name: string }) {
  return (
    <AnchorLink to="/o/$orgId/assets/$assetId" params={{ orgId, assetId: id }}>
      {name}
    </AnchorLink>
  );
}

function DependencyList({ orgId, asset }: { orgId: string; asset: Asset }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="asset-depends-heading">
      <Title order={2} id="asset-depends-heading" mb="sm">
        {t('assets.dependsOnHeading', { name: asset.name })}
      </Title>
      {asset.dependsOn.length === 0 ? (
        <Text>{t('assets.dependsOnNone')}</Text>
      ) : (
        <List spacing={4}>
          {asset.dependsOn.map((ref) => (
            <List.Item key={ref.id}>
              <AssetRefLink orgId={orgId} id={ref.id} name={ref.name} /> ({t(`assets.kinds.${ref.kind}`)},{' '}
              {t('assets.criticalityShort', { value: t(ratingKey(ref.criticality)) })})
            </List.Item>
          ))}
        </List>
      )}
      <Title order={3} mt="md" mb="xs">
        {t('assets.dependentsHeading', { name: asset.name })}
      </Title>
      {asset.dependents.length === 0 ? (
        <Text>{t('assets.dependentsNone')}</Text>
      ) : (
        <List spacing={4}>
          {asset.dependents.map((ref) => (
            <List.Item key={ref.id}>
              <AssetRefLink orgId={orgId} id={ref.id} name={ref.name} /> ({t(`assets.kinds.${ref.kind}`)})
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

/** What breaks if this asset fails: everything that needs it, directly or through others. */
function ImpactSection({ orgId, asset }: { orgId: string; asset: Asset }) {
  const { t } = useTranslation();
  const impact = useAssetImpact(orgId, asset.id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="asset-impact-heading">
      <Title order={2} id="asset-impact-heading" mb="sm">
        {t('assets.impactHeading', { name: asset.name })}
      </Title>
      <QueryBoundary
        query={impact}
        empty={t('assets.impactNone')}
        isEmpty={(data) => data.dependents.length === 0}
      >
        {(data) => (
          <Stack gap="sm">
            <Text data-testid="impact-summary">
              {t('assets.impactSummary', { count: data.summary.dependents })}
              {data.summary.highestCriticality
                ? ` ${t('assets.impactHighest', {
                    value: t(ratingKey(data.summary.highestCriticality)),
                  })}`
                : ''}
              {data.summary.healthData ? ` ${t('assets.impactHealthData')}` : ''}
            </Text>
            {data.criticalProcesses.length > 0 ? (
              <div>
                <Title order={3} mb="xs">
                  {t('assets.impactProcesses')}
                </Title>
                <List spacing={4}>
                  {data.criticalProcesses.map((process) => (
                    <List.Item key={process.id}>
                      <AssetRefLink orgId={orgId} id={process.id} name={process.name} />
                      {process.rank ? ` (${t('assets.flagClinicalRank', { rank: process.rank })})` : ''}
                    </List.Item>
                  ))}
                </List>
              </div>
            ) : null}
            <div className="table-scroll">
              <Table verticalSpacing={4} striped>
                <Table.Caption>{t('assets.impactCaption', { name: asset.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('assets.name')}</Table.Th>
                    <Table.Th scope="col">{t('assets.impactDepth')}</Table.Th>
                    <Table.Th scope="col">{t('assets.criticality')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.dependents.map((entry) => (
                    <Table.Tr key={entry.asset.id}>
                      <Table.Th scope="row" fw={400}>
                        <AssetRefLink orgId={orgId} id={entry.asset.id} name={entry.asset.name} />
                      </Table.Th>
                      <Table.Td>
                        {entry.depth === 1
                          ? t('assets.direct')
                          : t('assets.indirect', { count: entry.depth })}
                      </Table.Td>
                      <Table.Td>{t(ratingKey(entry.asset.criticality))}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </Stack>
        )}
      </QueryBoundary>
    </Paper>
  );
}

function AssetRisks({ orgId, asset }: { orgId: string; asset: Asset }) {
  const { t } = useTranslation();
  const risks = useRisks(orgId, { assetId: asset.id });
  if (isStatus(risks.error, 403)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="asset-risks-heading">
      <Title order={2} id="asset-risks-heading" mb="sm">
        {t('assets.risksHeading')}
      </Title>
      <QueryBoundary query={risks} empty={t('assets.risksNone')}>
        {(rows) => (
          <List spacing={6}>
            {rows.map((risk) => (
              <List.Item key={risk.id}>
                <Group gap="xs">
                  <AnchorLink to="/o/$orgId/risks/$riskId" params={{ orgId, riskId: risk.id }}>
                    {risk.title}
                  </AnchorLink>
                  <LevelBadge score={risk.score} level={risk.level} />
                  <Text span size="sm">
                    {t(`risks.statuses.${risk.status}`)}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </QueryBoundary>
    </Paper>
  );
}
