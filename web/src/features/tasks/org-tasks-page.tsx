import { NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { usePeopleOptions } from '../../api/member-options';
import { type TaskFilters, useOrgTasks } from '../../api/tasks';
import { ErrorAlert, NoAccess, StatusMessage } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { NotFoundContent } from '../layout/not-found-page';
import { usePermissions } from '../orgs/permissions';
import { useOrgContext } from '../orgs/use-org-context';
import { CreateTaskForm } from './create-task-form';
import { TaskFiltersForm } from './task-filters-form';
import { TaskTable } from './task-table';
import { useTaskStatusChange } from './use-task-status';

/** The organisation's tasks: filters, the list, and a form to hand out a new task. */
export function OrgTasksPage({ orgId, filters }: { orgId: string; filters: TaskFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { org } = useOrgContext(orgId);
  const permissions = usePermissions(orgId);
  const tasks = useOrgTasks(orgId, filters);
  const people = usePeopleOptions(orgId);
  const status = useTaskStatusChange();
  const [created, setCreated] = useState<string | null>(null);

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;

  const orgName = org.data?.name ?? '';
  const title = orgName ? t('tasks.orgTitle', { org: orgName }) : t('tasks.orgTitleShort');
  const canWrite = permissions.has('tasks.write');

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {isStatus(tasks.error, 403) ? (
        <NoAccess message={t('tasks.noAccess')} />
      ) : (
        <Stack gap="md">
          <TaskFiltersForm
            filters={filters}
            onApply={(next) => void navigate({ to: '/o/$orgId/tasks', params: { orgId }, search: next })}
            extra={(values, set) => (
              <NativeSelect
                label={t('tasks.assignee')}
                name="assigneeUserId"
                value={values.assigneeUserId ?? ''}
                data={[
                  { value: '', label: t('tasks.anyone') },
                  ...(people.data ?? []).map((person) => ({ value: person.userId, label: person.name })),
                ]}
                onChange={(event) => set({ assigneeUserId: event.currentTarget.value || undefined })}
              />
            )}
          />
          <Paper withBorder p="md" component="section" aria-labelledby="org-tasks-heading">
            <Title order={2} id="org-tasks-heading" mb="sm">
              {t('tasks.listHeading')}
            </Title>
            <StatusMessage message={status.message ?? created} />
            <ErrorAlert error={status.error} />
            <TaskTable
              tasks={tasks}
              caption={t('tasks.orgCaption', { org: orgName })}
              empty={t('tasks.empty')}
              showAssignee
              busyTaskId={status.busyTaskId}
              onStatus={(task, next) => {
                setCreated(null);
                status.change(task, next);
              }}
            />
          </Paper>
          {canWrite ? (
            <CreateTaskForm
              orgId={orgId}
              orgName={orgName}
              onCreated={(task) => setCreated(t('tasks.created', { title: task.title }))}
            />
          ) : null}
        </Stack>
      )}
    </>
  );
}
