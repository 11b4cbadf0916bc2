import { Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { type Incident, useCreateIncidentAction, useIncidentActions } from '../../api/incidents';
import { ROLES, type Role } from '../../api/types';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatCalendarDate } from '../../lib/danish-time';

const taskStatusColor = { open: 'blue', in_progress: 'blue', done: 'green', cancelled: 'gray' } as const;

/** Corrective actions: tasks with an owner (a role, here) and a due date. */
export function ActionsSection({
  orgId,
  incident,
  canManage,
}: {
  orgId: string;
  incident: Incident;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const actions = useIncidentActions(orgId, incident.id);
  const create = useCreateIncidentAction(orgId, incident.id);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [role, setRole] = useState<Role>('security_officer');
  const [status, setStatus] = useState<string | null>(null);
  const [localError, setLocalError] = useState<{ title?: string; dueDate?: string }>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = {
      title: title.trim() ? undefined : t('incident.actions.titleRequired'),
      dueDate: dueDate ? undefined : t('incident.actions.dueRequired'),
    };
    setLocalError(errors);
    if (errors.title || errors.dueDate) return;
    create.mutate(
      { title: title.trim(), dueDate, assigneeRole: role },
      {
        onSuccess: (task) => {
          setStatus(t('incident.actions.saved', { title: task.title }));
          setTitle('');
          setDueDate('');
        },
      },
    );
  };

  const items = actions.data?.items ?? [];
  return (
    <Section title={t('incident.actions.title')} id="actions">
      <StatusMessage message={status} />
      <QueryBoundary query={actions} empty={<Text mb="md">{t('incident.actions.empty')}</Text>}>
        {() => (
          <div className="table-scroll">
            <Table striped mb="md">
              <Table.Caption>{t('incident.actions.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('incident.actions.what')}</Table.Th>
                  <Table.Th scope="col">{t('incident.actions.owner')}</Table.Th>
                  <Table.Th scope="col">{t('incident.actions.due')}</Table.Th>
                  <Table.Th scope="col">{t('incident.fields.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((task) => (
                  <Table.Tr key={task.id}>
                    <Table.Td>{task.title}</Table.Td>
                    <Table.Td>
                      {task.assigneeName ??
                        (task.assigneeRole ? t(`role.${task.assigneeRole}`) : t('common.none'))}
                    </Table.Td>
                    <Table.Td>
                      <time dateTime={task.dueDate}>{formatCalendarDate(task.dueDate, lang)}</time>
                      {task.overdue ? (
                        <Badge miw="max-content" variant="light" color="red" tt="none" radius="sm" ml="xs">
                          {t('incident.actions.overdue')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        miw="max-content"
                        variant="light"
                        color={taskStatusColor[task.status]}
                        tt="none"
                        radius="sm"
                      >
                        {t(`incident.taskStatus.${task.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </QueryBoundary>
      {canManage ? (
        <form onSubmit={onSubmit} noValidate aria-label={t('incident.actions.add')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                label={t('incident.actions.what')}
                required
                maxLength={300}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                error={localError.title ?? fieldError(create.error, 'title')}
              />
              <NativeSelect
                label={t('incident.actions.owner')}
                value={role}
                data={ROLES.filter((r) => r !== 'supervisor').map((r) => ({
                  value: r,
                  label: t(`role.${r}`),
                }))}
                onChange={(event) => setRole(event.currentTarget.value as Role)}
              />
              <TextInput
                type="date"
                label={t('incident.actions.due')}
                required
                value={dueDate}
                onChange={(event) => setDueDate(event.currentTarget.value)}
                error={localError.dueDate ?? fieldError(create.error, 'dueDate')}
              />
            </SimpleGrid>
            <ErrorAlert error={create.error} fields={['title', 'dueDate']} />
            <Group>
              <Button type="submit" variant="default" loading={create.isPending}>
                {t('incident.actions.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Section>
  );
}
