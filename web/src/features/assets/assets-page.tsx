import {
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSET_KINDS,
  type AssetFilters,
  type AssetKind,
  assetExportUrl,
  criticalProcessesExportUrl,
  RATINGS,
  useAssets,
} from '../../api/assets';
import { isStatus } from '../../api/errors';
import { AnchorLink } from '../../components/anchor-link';
import { ButtonLink } from '../../components/button-link';
import { DownloadButton } from '../../components/download-button';
import { ErrorAlert, NoAccess } from '../../components/error-alert';
import { FilterPanel, useFilterDraft } from '../../components/filter-panel';
import { ListTable } from '../../components/list-table';
import { PageTitle } from '../../components/page-title';
import { NotFoundContent } from '../layout/not-found-page';
import { usePermissions } from '../orgs/permissions';
import { useOrgContext } from '../orgs/use-org-context';
import { AssetFlags } from './asset-flags';
import { ratingKey } from './ratings';

const isKind = (value: string): value is AssetKind => ASSET_KINDS.some((kind) => kind === value);

function AssetFiltersForm({
  filters,
  onApply,
}: {
  filters: AssetFilters;
  onApply: (f: AssetFilters) => void;
}) {
  const { t } = useTranslation();
  const { values, setValues, set } = useFilterDraft(filters);
  return (
    <FilterPanel
      headingId="asset-filters-heading"
      title={t('assets.filters')}
      applyLabel={t('assets.apply')}
      resetLabel={t('assets.reset')}
      onApply={() => onApply(values)}
      onReset={() => {
        setValues({});
        onApply({});
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          type="search"
          label={t('assets.search')}
          name="q"
          value={values.q ?? ''}
          onChange={(event) => set({ q: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('assets.kind')}
          name="kind"
          value={values.kind ?? ''}
          data={[
            { value: '', label: t('assets.allKinds') },
            ...ASSET_KINDS.map((kind) => ({ value: kind, label: t(`assets.kinds.${kind}`) })),
          ]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set({ kind: isKind(value) ? value : undefined });
          }}
        />
        <NativeSelect
          label={t('assets.minCriticality')}
          name="minCriticality"
          value={values.minCriticality ? String(values.minCriticality) : ''}
          data={[
            { value: '', label: t('assets.anyCriticality') },
            ...RATINGS.map((value) => ({
              value: String(value),
              label: `${value} – ${t(ratingKey(value))}`,
            })),
          ]}
          onChange={(event) =>
            set({
              minCriticality: event.currentTarget.value ? Number(event.currentTarget.value) : undefined,
            })
          }
        />
        <NativeSelect
          label={t('assets.sort')}
          name="sort"
          value={values.sort ?? 'name'}
          data={[
            { value: 'name', label: t('assets.sortName') },
            { value: '-criticality', label: t('assets.sortCriticality') },
          ]}
          onChange={(event) =>
            set({ sort: event.currentTarget.value === '-criticality' ? '-criticality' : 'name' })
          }
        />
      </SimpleGrid>
      <Group mt="sm" gap="lg">
        <Checkbox
          label={t('assets.onlyClinical')}
          checked={Boolean(values.clinicalCritical)}
          onChange={(event) => set({ clinicalCritical: event.currentTarget.checked || undefined })}
        />
        <Checkbox
          label={t('assets.onlyLegacy')}
          checked={Boolean(values.legacy)}
          onChange={(event) => set({ legacy: event.currentTarget.checked || undefined })}
        />
        <Checkbox
          label={t('assets.onlyHealthData')}
          checked={Boolean(values.healthData)}
          onChange={(event) => set({ healthData: event.currentTarget.checked || undefined })}
        />
      </Group>
    </FilterPanel>
  );
}

/** The asset register: what the organisation runs on, how critical, and what needs what. */
export function AssetsPage({ orgId, filters }: { orgId: string; filters: AssetFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { org } = useOrgContext(orgId);
  const permissions = usePermissions(orgId);
  const setFilters = (next: AssetFilters) =>
    void navigate({ to: '/o/$orgId/assets', params: { orgId }, search: next });
  const assets = useAssets(orgId, filters);
  const [exportError, setExportError] = useState<unknown>(null);

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;
  const orgName = org.data?.name ?? '';
  const title = orgName ? t('assets.title', { org: orgName }) : t('ismsNav.assets');
  const canWrite = permissions.has('assets.write');

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {isStatus(assets.error, 403) ? (
        <NoAccess message={t('assets.noAccess')} />
      ) : (
        <Stack gap="md">
          <Text maw={760}>{t('assets.intro')}</Text>
          <Group gap="sm">
            {canWrite ? (
              <ButtonLink to="/o/$orgId/assets/new" params={{ orgId }}>
                {t('assets.create')}
              </ButtonLink>
            ) : null}
            <DownloadButton
              url={assetExportUrl(orgId)}
              fileName="assets.xlsx"
              label={t('assets.exportRegister')}
              onError={setExportError}
            />
            <DownloadButton
              url={criticalProcessesExportUrl(orgId)}
              fileName="critical-processes.xlsx"
              label={t('assets.exportCritical')}
              onError={setExportError}
            />
          </Group>
          <ErrorAlert error={exportError} />
          <AssetFiltersForm filters={filters} onApply={setFilters} />
          <Paper withBorder p="md" component="section" aria-labelledby="assets-list-heading">
            <Title order={2} id="assets-list-heading" mb="sm">
              {t('assets.listHeading')}
            </Title>
            <ListTable
              list={assets}
              caption={t('assets.caption', { org: orgName })}
              empty={t('assets.empty')}
              tableProps={{ verticalSpacing: 'xs', miw: 900 }}
              head={
                <>
                  <Table.Th scope="col">{t('assets.name')}</Table.Th>
                  <Table.Th scope="col">{t('assets.kind')}</Table.Th>
                  <Table.Th scope="col">{t('assets.criticality')}</Table.Th>
                  <Table.Th scope="col">
                    <abbr title={t('assets.ciaFull')}>{t('assets.cia')}</abbr>
                  </Table.Th>
                  <Table.Th scope="col">{t('assets.owner')}</Table.Th>
                  <Table.Th scope="col">{t('assets.dependencies')}</Table.Th>
                  <Table.Th scope="col">{t('assets.notes')}</Table.Th>
                </>
              }
            >
              {(asset) => (
                <Table.Tr key={asset.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/o/$orgId/assets/$assetId" params={{ orgId, assetId: asset.id }}>
                      {asset.name}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{t(`assets.kinds.${asset.kind}`)}</Table.Td>
                  <Table.Td>
                    {asset.criticality} – {t(ratingKey(asset.criticality))}
                  </Table.Td>
                  <Table.Td>
                    {t('assets.ciaValues', {
                      c: asset.confidentiality,
                      i: asset.integrity,
                      a: asset.availability,
                    })}
                  </Table.Td>
                  <Table.Td>{asset.ownerName ?? t('assets.noOwner')}</Table.Td>
                  <Table.Td>
                    {t('assets.dependencyCounts', {
                      needs: asset.dependsOn.length,
                      neededBy: asset.dependents.length,
                    })}
                  </Table.Td>
                  <Table.Td>
                    <AssetFlags asset={asset} />
                  </Table.Td>
                </Table.Tr>
              )}
            </ListTable>
          </Paper>
        </Stack>
      )}
    </>
  );
}
