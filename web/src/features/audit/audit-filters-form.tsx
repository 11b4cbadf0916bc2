import { Button, Group, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../api/audit';

interface AuditFiltersFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

const empty = { action: '', entityType: '', from: '', to: '' };

const toValues = (filters: AuditFilters) => ({
  action: filters.action ?? '',
  entityType: filters.entityType ?? '',
  from: filters.from ?? '',
  to: filters.to ?? '',
});

export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => toValues(filters));

  useEffect(() => {
    setValues(toValues(filters));
  }, [filters]);

  const set = (key: keyof typeof empty) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      action: values.action.trim() || undefined,
      entityType: values.entityType.trim() || undefined,
      from: values.from || undefined,
      to: values.to || undefined,
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-filters-heading">
      <Title order={2} id="audit-filters-heading" mb="sm">
        {t('audit.filters')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput label={t('audit.action')} name="action" value={values.action} onChange={set('action')} />
          <TextInput
            label={t('audit.entityType')}
            name="entityType"
            value={values.entityType}
            onChange={set('entityType')}
          />
          <TextInput
            label={t('audit.from')}
            name="from"
            type="date"
            value={values.from}
            onChange={set('from')}
          />
          <TextInput label={t('audit.to')} name="to" type="date" value={values.to} onChange={set('to')} />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setValues(empty);
              onApply({});
            }}
          >
            {t('audit.reset')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
