import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { usePeopleOptions } from '../../api/member-options';
import { useCreateRiskAction, useRiskActions } from '../../api/risks';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { QueryBoundary } from '../../components/query-boundary';
import { Tag } from '../../components/tag';
import { currentLanguage } from '../../i18n';
import { addToDate, formatDate, todayInDenmark } from '../../lib/dates';

/** Treatment actions: each becomes a task in its owner's "my tasks". */
export function RiskActions({
  orgId,
  riskId,
  canWrite,
}: {
  orgId: string;
  riskId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const actions = useRiskActions(orgId, riskId);
  const create = useCreateRiskAction(orgId, riskId);
  const people = usePeopleOptions(orgId, canWrite);
  const [title, setTitle] = useState('');
  const [ownerUserId, setOwnerUserId] = useState('');
  const [dueDate, setDueDate] = useState(() => addToDate(todayInDenmark(), { months: 1 }));
  const [message, setMessage] = useState<string | null>(null);
  const locale = currentLanguage();
  const items = actions.data?.items ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    create.mutate(
      { title: title.trim(), ownerUserId: ownerUserId || null, dueDate },
      {
        onSuccess: (action) => {
          setTitle('');
          setMessage(t('risks.actionAdded', { title: action.title }));
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="risk-actions-heading">
      <Title order={2} id="risk-actions-heading" mb="sm">
        {t('risks.actionsHeading')}
      </Title>
      <StatusMessage message={message} />
      <QueryBoundary query={actions} empty={t('risks.noActions')}>
        {() => (
          <div className="table-scroll">
            <Table striped verticalSpacing="xs" miw={640}>
              <Table.Caption>{t('risks.actionsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('risks.actionTitle')}</Table.Th>
                  <Table.Th scope="col">{t('risks.actionOwner')}</Table.Th>
                  <Table.Th scope="col">{t('risks.actionDue')}</Table.Th>
                  <Table.Th scope="col">{t('risks.fields.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((action) => (
                  <Table.Tr key={action.id}>
                    <Table.Th scope="row" fw={500}>
                      {action.title}
                    </Table.Th>
                    <Table.Td>
                      {action.ownerName ??
                        (action.ownerRole ? t(`role.${action.ownerRole}`) : t('risks.noOwner'))}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {action.dueDate ? formatDate(action.dueDate, locale) : t('common.none')}
                        {action.overdue ? (
                          <Tag color="red" variant="filled" radius="sm" tt="none">
                            {t('tasks.overdueBadge')}
                          </Tag>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(`tasks.statuses.${action.status}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </QueryBoundary>
      {canWrite ? (
        <form onSubmit={submit} noValidate aria-labelledby="risk-action-form-heading">
          <Title order={3} id="risk-action-form-heading" mt="md" mb="xs">
            {t('risks.addAction')}
          </Title>
          <Stack gap="sm">
            <ErrorAlert error={create.error} fields={['title', 'dueDate']} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('risks.actionTitle')}
                name="actionTitle"
                required
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                error={fieldError(create.error, 'title')}
              />
              <NativeSelect
                label={t('risks.actionOwner')}
                name="actionOwner"
                value={ownerUserId}
                data={[
                  { value: '', label: t('risks.actionOwnerOfficers') },
                  ...(people.data ?? []).map((person) => ({ value: person.userId, label: person.name })),
                ]}
                onChange={(event) => setOwnerUserId(event.currentTarget.value)}
              />
              <TextInput
                label={t('risks.actionDue')}
                name="actionDue"
                type="date"
                required
                value={dueDate}
                onChange={(event) => setDueDate(event.currentTarget.value)}
                error={fieldError(create.error, 'dueDate')}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" variant="default" loading={create.isPending}>
                {t('risks.addActionSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
}
