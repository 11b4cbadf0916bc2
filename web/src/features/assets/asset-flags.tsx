import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Asset } from '../../api/assets';
import { Tag } from '../../components/tag';

/** What makes an asset sensitive or fragile, in words. */
export function AssetFlags({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const flags: { key: string; label: string; color: string }[] = [];
  if (asset.clinicalCritical) {
    flags.push({
      key: 'clinical',
      label: asset.criticalRank
        ? t('assets.flagClinicalRank', { rank: asset.criticalRank })
        : t('assets.flagClinical'),
      color: 'red',
    });
  }
  if (asset.healthData) flags.push({ key: 'health', label: t('assets.flagHealthData'), color: 'orange' });
  else if (asset.personalData)
    flags.push({ key: 'personal', label: t('assets.flagPersonalData'), color: 'blue' });
  if (asset.unsupported) flags.push({ key: 'unsupported', label: t('assets.flagUnsupported'), color: 'red' });
  else if (asset.legacy) flags.push({ key: 'legacy', label: t('assets.flagLegacy'), color: 'orange' });
  if (flags.length === 0) return null;
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <Tag key={flag.key} color={flag.color} variant="light" radius="sm" tt="none">
          {flag.label}
        </Tag>
      ))}
    </Group>
  );
}
