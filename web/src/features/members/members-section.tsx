import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { useMembers, useRemoveMember, useUpdateMember } from '../../api/members';
import { type AddMemberResult, type Member, type Org, ROLES } from '../../api/types';
import { ErrorAlert, NoAccess, StatusMessage } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { AddMemberForm } from './add-member-form';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import { isRole } from './roles';

interface MembersSectionProps {
  org: Org;
  canEdit: boolean;
}

export function MembersSection({ org, canEdit }: MembersSectionProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const members = useMembers(org.id, q);
  const update = useUpdateMember(org.id);
  const remove = useRemoveMember(org.id);
  const [status, setStatus] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<Member | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const actionError = update.error ?? remove.error;

  const changeMember = (member: Member, body: { role?: Member['role']; includeSubtree?: boolean }) => {
    setStatus(null);
    remove.reset();
    update.mutate(
      { memberId: member.id, body: { version: member.version, ...body } },
      { onSuccess: (updated) => setStatus(t('members.updated', { name: updated.name })) },
    );
  };

  const confirmRemove = () => {
    if (!toRemove) return;
    const member = toRemove;
    setStatus(null);
    update.reset();
    remove.mutate(member.id, {
      onSuccess: () => setStatus(t('members.removed', { name: member.name })),
      onSettled: () => setToRemove(null),
    });
  };

  const onAdded = (result: AddMemberResult) => {
    setStatus(t('members.added', { name: result.member.name }));
    if (result.oneTimePassword) setCreated({ email: result.member.email, password: result.oneTimePassword });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="members-heading">
      <Title order={2} id="members-heading" mb="sm">
        {t('members.title')}
      </Title>
      {isStatus(members.error, 403) ? (
        <NoAccess message={t('members.noAccess')} />
      ) : (
        <Stack gap="md">
          <StatusMessage message={status} />
          <ErrorAlert error={actionError} />
          <TextInput
            type="search"
            label={t('members.search')}
            name="memberSearch"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maw={420}
          />
          <ListTable
            list={members}
            caption={t('members.caption', { org: org.name })}
            empty={t('members.empty')}
            tableProps={{ highlightOnHover: true, verticalSpacing: 'xs', miw: 720 }}
            head={
              <>
                <Table.Th scope="col">{t('members.name')}</Table.Th>
                <Table.Th scope="col">{t('members.email')}</Table.Th>
                <Table.Th scope="col">{t('members.role')}</Table.Th>
                <Table.Th scope="col">{t('members.includeSubtree')}</Table.Th>
                {canEdit ? <Table.Th scope="col">{t('members.actions')}</Table.Th> : null}
              </>
            }
          >
            {(member) => (
              <Table.Tr key={member.id}>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <NativeSelect
                      aria-label={t('members.roleFor', { name: member.name })}
                      size="xs"
                      value={member.role}
                      disabled={update.isPending}
                      data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        if (isRole(value) && value !== member.role) changeMember(member, { role: value });
                      }}
                    />
                  ) : (
                    t(`role.${member.role}`)
                  )}
                </Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Checkbox
                      aria-label={t('members.includeSubtreeFor', { name: member.name })}
                      checked={member.includeSubtree}
                      disabled={update.isPending}
                      onChange={(event) =>
                        changeMember(member, { includeSubtree: event.currentTarget.checked })
                      }
                    />
                  ) : member.includeSubtree ? (
                    t('common.yes')
                  ) : (
                    t('common.no')
                  )}
                </Table.Td>
                {canEdit ? (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('members.removeFor', { name: member.name })}
                      onClick={() => setToRemove(member)}
                    >
                      {t('members.remove')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )}
          </ListTable>
          {canEdit ? <AddMemberForm orgId={org.id} onAdded={onAdded} /> : null}
        </Stack>
      )}

      <Modal
        opened={toRemove !== null}
        onClose={() => setToRemove(null)}
        title={t('members.removeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>
            {toRemove
              ? t('members.removeConfirm', { name: toRemove.name, email: toRemove.email, org: org.name })
              : null}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToRemove(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={confirmRemove} loading={remove.isPending}>
              {t('members.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <OneTimePasswordDialog
        email={created?.email ?? ''}
        password={created?.password ?? null}
        onClose={() => setCreated(null)}
      />
    </Paper>
  );
}
