import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AnnualActivity,
  FREQUENCIES,
  type Frequency,
  useAnnualActivities,
  useAnnualCycle,
  useCreateActivity,
  useDeleteActivity,
  useUpdateActivity,
} from '../../api/annual-cycle';
import { fieldError, isStatus } from '../../api/errors';
import { ROLES, type Role } from '../../api/types';
import { ErrorAlert, NoAccess, StatusMessage } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { currentLanguage } from '../../i18n';
import { formatCalendarDate, monthName, todayDanish } from '../../lib/danish-time';
import { NotFoundContent } from '../layout/not-found-page';
import { usePermissions } from '../orgs/permissions';
import { useOrgContext } from '../orgs/use-org-context';
import './annual-cycle.css';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const taskColor = { open: 'blue', in_progress: 'blue', done: 'green', cancelled: 'gray' } as const;

function MonthView({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const cycle = useAnnualCycle(orgId, year);
  const thisMonth = todayDanish().startsWith(String(year)) ? Number(todayDanish().slice(5, 7)) : null;
  if (cycle.isPending) return <Loading />;
  if (cycle.isError) return <ErrorAlert error={cycle.error} />;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {cycle.data.months.map((month) => {
        const headingId = `month-${month.month}`;
        return (
          <Paper
            key={month.month}
            withBorder
            p="sm"
            component="section"
            aria-labelledby={headingId}
            className={month.month === thisMonth ? 'annual-month annual-month-current' : 'annual-month'}
          >
            <Group justify="space-between" mb="xs" gap="xs">
              <Title order={2} size="h3" id={headingId}>
                {capitalise(monthName(month.month, lang))}
                {month.month === thisMonth ? ` (${t('annualCycle.month.now')})` : ''}
              </Title>
              {month.counts.total ? (
                <Text size="sm">
                  {t('annualCycle.month.counts', { total: month.counts.total, done: month.counts.done })}
                </Text>
              ) : null}
            </Group>
            {month.occurrences.length === 0 ? (
              <Text size="sm">{t('annualCycle.month.empty')}</Text>
            ) : (
              <ul className="annual-list">
                {month.occurrences.map((occurrence) => (
                  <li key={`${occurrence.activityId}-${occurrence.occurrenceKey}`}>
                    <Text fw={600} size="sm">
                      {occurrence.title}
                    </Text>
                    <Text size="sm">
                      {t('annualCycle.month.due', { date: formatCalendarDate(occurrence.dueDate, lang) })} ·{' '}
                      {t(`role.${occurrence.responsibleRole}`)}
                    </Text>
                    {occurrence.task ? (
                      <Group gap={4}>
                        <Badge
                          miw="max-content"
                          variant="light"
                          color={taskColor[occurrence.task.status]}
                          tt="none"
                          radius="sm"
                        >
                          {t(`incident.taskStatus.${occurrence.task.status}`)}
                        </Badge>
                        {occurrence.task.overdue ? (
                          <Badge miw="max-content" variant="light" color="red" tt="none" radius="sm">
                            {t('incident.actions.overdue')}
                          </Badge>
                        ) : null}
                      </Group>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

interface ActivityDraft {
  title: string;
  description: string;
  frequency: Frequency;
  month: number;
  dayOfMonth: number | '';
  responsibleRole: Role;
  active: boolean;
}

const draftOf = (activity?: AnnualActivity): ActivityDraft => ({
  title: activity?.title ?? '',
  description: activity?.description ?? '',
  frequency: activity?.frequency ?? 'yearly',
  month: activity?.months[0] ?? 1,
  dayOfMonth: activity?.dayOfMonth ?? '',
  responsibleRole: activity?.responsibleRole ?? 'security_officer',
  active: activity?.active ?? true,
});

function ActivityForm({
  orgId,
  activity,
  onDone,
}: {
  orgId: string;
  activity?: AnnualActivity;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const create = useCreateActivity(orgId);
  const update = useUpdateActivity(orgId);
  const [draft, setDraft] = useState<ActivityDraft>(() => draftOf(activity));
  const [titleMissing, setTitleMissing] = useState(false);
  const error = create.error ?? update.error;
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTitleMissing(!draft.title.trim());
    if (!draft.title.trim()) return;
    const fields = {
      title: draft.title.trim(),
      description: draft.description.trim() || null,
      frequency: draft.frequency,
      months: draft.frequency === 'monthly' ? [] : [draft.month],
      dayOfMonth: draft.dayOfMonth === '' ? null : draft.dayOfMonth,
      responsibleRole: draft.responsibleRole,
      active: draft.active,
    };
    if (activity) {
      update.mutate(
        { activityId: activity.id, body: { version: activity.version, ...fields } },
        { onSuccess: (saved) => onDone(t('annualCycle.form.updated', { title: saved.title })) },
      );
    } else {
      create.mutate(fields, {
        onSuccess: (saved) => onDone(t('annualCycle.form.created', { title: saved.title })),
      });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('annualCycle.fields.title')}
          required
          maxLength={300}
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={titleMissing ? t('annualCycle.form.titleRequired') : fieldError(error, 'title')}
          data-autofocus
        />
        <Textarea
          label={t('annualCycle.fields.description')}
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.description}
          onChange={(event) => set('description', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('annualCycle.fields.frequency')}
            value={draft.frequency}
            data={FREQUENCIES.map((code) => ({ value: code, label: t(`annualCycle.frequency.${code}`) }))}
            onChange={(event) => set('frequency', event.currentTarget.value as Frequency)}
          />
          {draft.frequency === 'monthly' ? null : (
            <NativeSelect
              label={
                draft.frequency === 'yearly'
                  ? t('annualCycle.fields.month')
                  : t('annualCycle.fields.firstMonth')
              }
              value={String(draft.month)}
              data={MONTHS.map((month) => ({ value: String(month), label: monthName(month, lang) }))}
              onChange={(event) => set('month', Number(event.currentTarget.value))}
              error={fieldError(error, 'months')}
            />
          )}
          <NumberInput
            label={t('annualCycle.fields.dayOfMonth')}
            description={t('annualCycle.form.dayHint')}
            min={1}
            max={31}
            allowDecimal={false}
            value={draft.dayOfMonth}
            onChange={(value) => set('dayOfMonth', typeof value === 'number' ? value : '')}
            error={fieldError(error, 'dayOfMonth')}
          />
          <NativeSelect
            label={t('annualCycle.fields.responsibleRole')}
            value={draft.responsibleRole}
            data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            onChange={(event) => set('responsibleRole', event.currentTarget.value as Role)}
          />
        </SimpleGrid>
        <Checkbox
          label={t('annualCycle.fields.active')}
          checked={draft.active}
          onChange={(event) => set('active', event.currentTarget.checked)}
        />
        <ErrorAlert error={error} fields={['title', 'months', 'dayOfMonth']} />
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {activity ? t('common.save') : t('annualCycle.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ActivityList({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const activities = useAnnualActivities(orgId);
  const remove = useDeleteActivity(orgId);
  const [editing, setEditing] = useState<AnnualActivity | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AnnualActivity | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const schedule = (activity: AnnualActivity) =>
    activity.frequency === 'monthly'
      ? t('annualCycle.frequency.monthly')
      : `${t(`annualCycle.frequency.${activity.frequency}`)}: ${activity.months.map((m) => monthName(m, lang)).join(', ')}`;

  return (
    <Stack gap="md">
      <StatusMessage message={status} />
      {canWrite ? (
        <Group>
          <Button onClick={() => setEditing('new')}>{t('annualCycle.list.add')}</Button>
        </Group>
      ) : null}
      <QueryBoundary query={activities} empty={t('annualCycle.list.empty')}>
        {(data) => (
          <Paper withBorder className="table-scroll">
            <Table striped>
              <Table.Caption>{t('annualCycle.list.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('annualCycle.fields.title')}</Table.Th>
                  <Table.Th scope="col">{t('annualCycle.fields.schedule')}</Table.Th>
                  <Table.Th scope="col">{t('annualCycle.fields.responsibleRole')}</Table.Th>
                  <Table.Th scope="col">{t('annualCycle.fields.nextDue')}</Table.Th>
                  {canWrite ? <Table.Th scope="col">{t('annualCycle.list.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((activity) => (
                  <Table.Tr key={activity.id}>
                    <Table.Td>
                      {activity.title}
                      {activity.active ? null : (
                        <Badge miw="max-content" variant="light" color="gray" tt="none" radius="sm" ml="xs">
                          {t('annualCycle.list.inactive')}
                        </Badge>
                      )}
                      {activity.description ? (
                        <Text size="sm" c="dimmed">
                          {activity.description}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{schedule(activity)}</Table.Td>
                    <Table.Td>{t(`role.${activity.responsibleRole}`)}</Table.Td>
                    <Table.Td>
                      {activity.nextDueDate
                        ? formatCalendarDate(activity.nextDueDate, lang)
                        : t('common.none')}
                    </Table.Td>
                    {canWrite ? (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing(activity)}
                            aria-label={t('annualCycle.list.editFor', { title: activity.title })}
                          >
                            {t('annualCycle.list.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setDeleting(activity)}
                            aria-label={t('annualCycle.list.removeFor', { title: activity.title })}
                          >
                            {t('annualCycle.list.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryBoundary>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new' || editing === null
            ? t('annualCycle.form.newTitle')
            : t('annualCycle.form.editTitle')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {editing !== null ? (
          <ActivityForm
            orgId={orgId}
            activity={editing === 'new' ? undefined : editing}
            onDone={(message) => {
              setEditing(null);
              setStatus(message);
            }}
          />
        ) : null}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('annualCycle.remove.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text mb="md">{t('annualCycle.remove.confirm', { title: deleting?.title ?? '' })}</Text>
        <ErrorAlert error={remove.error} />
        <Group>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              deleting &&
              remove.mutate(deleting.id, {
                onSuccess: () => {
                  setStatus(t('annualCycle.remove.done', { title: deleting.title }));
                  setDeleting(null);
                },
              })
            }
          >
            {t('annualCycle.list.remove')}
          </Button>
          <Button variant="default" onClick={() => setDeleting(null)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}

/** The årshjul: twelve months of recurring ISMS activities, and the list to change them. */
export function AnnualCyclePage({ orgId, year: yearParam }: { orgId: string; year?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { org } = useOrgContext(orgId);
  const permissions = usePermissions(orgId);
  const year = yearParam ?? Number(todayDanish().slice(0, 4));
  const activities = useAnnualActivities(orgId);

  if (isStatus(org.error, 404)) return <NotFoundContent />;
  const title = org.data
    ? t('annualCycle.titleFor', { name: org.data.name, year })
    : t('annualCycle.title', { year });
  if (isStatus(activities.error, 403)) {
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <NoAccess message={t('annualCycle.noAccess')} />
      </>
    );
  }
  const goTo = (next: number) =>
    void navigate({ to: '/o/$orgId/annual-cycle', params: { orgId }, search: { year: next } });

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Text mb="md">{t('annualCycle.intro')}</Text>
      <Group gap="xs" mb="md">
        <Button variant="default" size="xs" onClick={() => goTo(year - 1)}>
          {t('annualCycle.previousYear', { year: year - 1 })}
        </Button>
        <Button variant="default" size="xs" onClick={() => goTo(year + 1)}>
          {t('annualCycle.nextYear', { year: year + 1 })}
        </Button>
      </Group>
      <Tabs defaultValue="months" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="months">{t('annualCycle.tabs.months')}</Tabs.Tab>
          <Tabs.Tab value="activities">{t('annualCycle.tabs.activities')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="months">
          <MonthView orgId={orgId} year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="activities">
          <ActivityList orgId={orgId} canWrite={permissions.has('annual_cycle.write')} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
