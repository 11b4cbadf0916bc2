import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { usePeopleOptions } from '../../api/member-options';
import { TASK_PRIORITIES, type Task, type TaskPriority, useCreateTask } from '../../api/tasks';
import { ROLES } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { addToDate, todayInDenmark } from '../../lib/dates';

/** The roles that do ISMS work and can be handed a task. */
const TASK_ROLES = ROLES.filter((role) => role !== 'supervisor' && role !== 'employee');

interface CreateTaskFormProps {
  orgId: string;
  orgName: string;
  onCreated: (task: Task) => void;
}

const isPriority = (value: string): value is TaskPriority => TASK_PRIORITIES.some((p) => p === value);

export function CreateTaskForm({ orgId, orgName, onCreated }: CreateTaskFormProps) {
  const { t } = useTranslation();
  const create = useCreateTask(orgId);
  const people = usePeopleOptions(orgId);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [assignee, setAssignee] = useState('');
  const [dueDate, setDueDate] = useState(() => addToDate(todayInDenmark(), { days: 14 }));
  const [priority, setPriority] = useState<TaskPriority>('normal');

  const assigneeData = [
    { value: '', label: t('tasks.unassigned') },
    {
      group: t('tasks.assignPerson'),
      items: (people.data ?? []).map((person) => ({
        value: `user:${person.userId}`,
        label: `${person.name} (${person.email})`,
      })),
    },
    {
      group: t('tasks.assignRole'),
      items: TASK_ROLES.map((role) => ({ value: `role:${role}`, label: t(`role.${role}`) })),
    },
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const [kind, value] = assignee.split(':');
    const role = TASK_ROLES.find((candidate) => candidate === value);
    create.mutate(
      {
        title: title.trim(),
        description: description.trim() || null,
        assigneeUserId: kind === 'user' && value ? value : null,
        assigneeRole: kind === 'role' && role ? role : null,
        dueDate,
        priority,
      },
      {
        onSuccess: (task) => {
          setTitle('');
          setDescription('');
          setAssignee('');
          onCreated(task);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="task-create-heading">
      <Title order={2} id="task-create-heading" mb="sm">
        {t('tasks.createHeading', { org: orgName })}
      </Title>
      <form onSubmit={onSubmit} noValidate aria-labelledby="task-create-heading">
        <Stack gap="sm">
          <ErrorAlert error={create.error} fields={['title', 'dueDate', 'description']} />
          <TextInput
            label={t('tasks.taskTitle')}
            name="title"
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={fieldError(create.error, 'title')}
          />
          <Textarea
            label={t('tasks.description')}
            name="description"
            autosize
            minRows={2}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={fieldError(create.error, 'description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('tasks.assignee')}
              description={t('tasks.assigneeHint')}
              name="assignee"
              value={assignee}
              data={assigneeData}
              onChange={(event) => setAssignee(event.currentTarget.value)}
              error={fieldError(create.error, 'assigneeUserId') ?? fieldError(create.error, 'assigneeRole')}
            />
            <TextInput
              label={t('tasks.due')}
              name="dueDate"
              type="date"
              required
              value={dueDate}
              onChange={(event) => setDueDate(event.currentTarget.value)}
              error={fieldError(create.error, 'dueDate')}
            />
            <NativeSelect
              label={t('tasks.priority')}
              name="priority"
              value={priority}
              data={TASK_PRIORITIES.map((value) => ({ value, label: t(`tasks.priorities.${value}`) }))}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isPriority(value)) setPriority(value);
              }}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('tasks.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
