import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskFilters, TaskStatusFilter } from '../../api/tasks';
import { FilterPanel, useFilterDraft } from '../../components/filter-panel';

const STATUS_OPTIONS: readonly TaskStatusFilter[] = [
  'active',
  'open',
  'in_progress',
  'done',
  'cancelled',
  'all',
];

interface TaskFiltersFormProps {
  filters: TaskFilters;
  onApply: (filters: TaskFilters) => void;
  /** Extra fields (e.g. the assignee in an organisation's list). */
  extra?: (values: TaskFilters, set: (patch: Partial<TaskFilters>) => void) => ReactNode;
}

export function TaskFiltersForm({ filters, onApply, extra }: TaskFiltersFormProps) {
  const { t } = useTranslation();
  const { values, setValues, set } = useFilterDraft(filters);

  return (
    <FilterPanel
      headingId="task-filters-heading"
      title={t('tasks.filters')}
      applyLabel={t('tasks.apply')}
      resetLabel={t('tasks.reset')}
      onApply={() =>
        onApply({
          ...values,
          status: values.status === 'active' ? undefined : values.status,
          overdue: values.overdue || undefined,
          q: values.q?.trim() || undefined,
        })
      }
      onReset={() => {
        setValues({});
        onApply({});
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          type="search"
          label={t('tasks.search')}
          name="q"
          value={values.q ?? ''}
          onChange={(event) => set({ q: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('tasks.status')}
          name="status"
          value={values.status ?? 'active'}
          data={STATUS_OPTIONS.map((value) => ({ value, label: t(`tasks.statusFilter.${value}`) }))}
          onChange={(event) => {
            const value = STATUS_OPTIONS.find((option) => option === event.currentTarget.value);
            set({ status: value ?? 'active' });
          }}
        />
        {extra?.(values, set)}
      </SimpleGrid>
      <Checkbox
        mt="sm"
        label={t('tasks.onlyOverdue')}
        name="overdue"
        checked={Boolean(values.overdue)}
        onChange={(event) => set({ overdue: event.currentTarget.checked })}
      />
    </FilterPanel>
  );
}
