import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskFilters, TaskStatusFilter } from '../../api/tasks';

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
  const [values, setValues] = useState<TaskFilters>(filters);

  useEffect(() => {
    setValues(filters);
  }, [filters]);

  const set = (patch: Partial<TaskFilters>) => setValues((current) => ({ ...current, ...patch }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      ...(values.status && values.status !== 'active' ? { status: values.status } : {}),
      ...(values.overdue ? { overdue: true } : {}),
      ...(values.q?.trim() ? { q: values.q.trim() } : {}),
      ...(values.assigneeUserId ? { assigneeUserId: values.assigneeUserId } : {}),
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="task-filters-heading">
      <Title order={2} id="task-filters-heading" mb="sm">
        {t('tasks.filters')}
      </Title>
      <form onSubmit={onSubmit} noValidate aria-labelledby="task-filters-heading">
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
        <Group mt="sm">
          <Button type="submit">{t('tasks.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setValues({});
              onApply({});
            }}
          >
            {t('tasks.reset')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
