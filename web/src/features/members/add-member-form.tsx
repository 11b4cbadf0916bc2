import { Button, Checkbox, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { useAddMember } from '../../api/members';
import { type AddMemberResult, ROLES, type Role } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { isRole } from './roles';

interface AddMemberFormProps {
  orgId: string;
  onAdded: (result: AddMemberResult) => void;
}

export function AddMemberForm({ orgId, onAdded }: AddMemberFormProps) {
  const { t } = useTranslation();
  const add = useAddMember(orgId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('employee');
  const [includeSubtree, setIncludeSubtree] = useState(true);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(
      { email: email.trim(), name: name.trim(), role, includeSubtree },
      {
        onSuccess: (result) => {
          setEmail('');
          setName('');
          setRole('employee');
          setIncludeSubtree(true);
          onAdded(result);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-member-heading">
      <Title order={3} id="add-member-heading" mb="xs">
        {t('members.add')}
      </Title>
      <Stack gap="sm">
        <ErrorAlert error={add.error} fields={['email', 'name', 'role']} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('members.addEmail')}
            type="email"
            name="memberEmail"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError(add.error, 'email')}
            miw={220}
          />
          <TextInput
            label={t('members.addName')}
            name="memberName"
            autoComplete="off"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(add.error, 'name')}
            miw={220}
          />
          <NativeSelect
            label={t('members.addRole')}
            name="memberRole"
            value={role}
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isRole(value)) setRole(value);
            }}
            error={fieldError(add.error, 'role')}
            miw={220}
          />
        </Group>
        <Checkbox
          label={t('members.addIncludeSubtree')}
          name="memberIncludeSubtree"
          checked={includeSubtree}
          onChange={(event) => setIncludeSubtree(event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('members.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
