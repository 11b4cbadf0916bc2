import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../api/audit';
import { FilterPanel, useFilterDraft } from '../../components/filter-panel';

interface AuditFiltersFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

type TextFilter = 'action' | 'entityType' | 'from' | 'to';

export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const { values, setValues, set } = useFilterDraft(filters);
  const field = (key: TextFilter) => ({
    name: key,
    value: values[key] ?? '',
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      set({ [key]: event.currentTarget.value || undefined }),
  });

  return (
    <FilterPanel
      headingId="audit-filters-heading"
      title={t('audit.filters')}
      applyLabel={t('audit.apply')}
      resetLabel={t('audit.reset')}
      onApply={() =>
        onApply({
          ...values,
          action: values.action?.trim() || undefined,
          entityType: values.entityType?.trim() || undefined,
        })
      }
      onReset={() => {
        setValues({});
        onApply({});
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput label={t('audit.action')} {...field('action')} />
        <TextInput label={t('audit.entityType')} {...field('entityType')} />
        <TextInput label={t('audit.from')} type="date" {...field('from')} />
        <TextInput label={t('audit.to')} type="date" {...field('to')} />
      </SimpleGrid>
    </FilterPanel>
  );
}
