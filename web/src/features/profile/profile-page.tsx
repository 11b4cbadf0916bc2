import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { useChangePassword, useCurrentUser, useSignOut, useUpdateMe } from '../../api/me';
import { LOCALES, type Locale } from '../../api/types';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { PasswordField } from '../../components/password-field';
import { isLocale, setLanguage } from '../../i18n';
import { ProfileSectionsNav } from '../security/profile-sections-nav';
import { CalendarFeedSection } from './calendar-feed-section';

const MIN_PASSWORD_LENGTH = 12;

function DetailsForm() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const update = useUpdateMe();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<Locale>(me.locale);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    setName(me.name);
    setLocale(me.locale);
  }, [me.name, me.locale]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    update.mutate(
      { name: name.trim(), locale },
      {
        onSuccess: (updated) => {
          setLanguage(updated.locale);
          setStatus(t('profile.saved', { lng: updated.locale }));
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-details-heading">
      <Title order={2} id="profile-details-heading" mb="sm">
        {t('profile.details')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <StatusMessage message={status} />
          <ErrorAlert error={update.error} fields={['name']} />
          <TextInput label={t('profile.email')} value={me.email} readOnly name="email" />
          <TextInput
            label={t('profile.name')}
            name="name"
            autoComplete="name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(update.error, 'name')}
          />
          <NativeSelect
            label={t('profile.language')}
            name="locale"
            value={locale}
            data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isLocale(value)) setLocale(value);
            }}
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localError, setLocalError] = useState<{ field: 'new' | 'repeat'; message: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const forced = me.mustChangePassword;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    change.reset();
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      setLocalError({ field: 'new', message: t('profile.passwordTooShort') });
      return;
    }
    if (newPassword !== repeat) {
      setLocalError({ field: 'repeat', message: t('profile.passwordMismatch') });
      return;
    }
    setLocalError(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: async () => {
          setCurrentPassword('');
          setNewPassword('');
          setRepeat('');
          setStatus(t('profile.passwordChanged'));
          if (forced) await navigate({ to: '/' });
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-password-heading">
      <Title order={2} id="profile-password-heading" mb="sm">
        {t('profile.password')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <StatusMessage message={status} />
          <ErrorAlert error={change.error} fields={['currentPassword', 'newPassword']} />
          <PasswordField
            label={t('profile.currentPassword')}
            name="currentPassword"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={fieldError(change.error, 'currentPassword')}
          />
          <PasswordField
            label={t('profile.newPassword')}
            description={t('profile.newPasswordHint')}
            name="newPassword"
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={localError?.field === 'new' ? localError.message : fieldError(change.error, 'newPassword')}
          />
          <PasswordField
            label={t('profile.repeatPassword')}
            name="repeatPassword"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={localError?.field === 'repeat' ? localError.message : undefined}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('profile.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function SessionsSection() {
  const { t } = useTranslation();
  const { signOut, isPending } = useSignOut();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-sessions-heading">
      <Title order={2} id="profile-sessions-heading" mb="sm">
        {t('profile.sessions')}
      </Title>
      <Text mb="sm">{t('profile.sessionsIntro')}</Text>
      <Button color="red" onClick={() => void signOut(true)} loading={isPending}>
        {t('profile.logoutAll')}
      </Button>
    </Paper>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageTitle documentTitle={t('profile.title')}>{t('profile.title')}</PageTitle>
      <Stack gap="md" maw={720}>
        <ProfileSectionsNav />
        {me.mustChangePassword ? (
          <Alert color="orange" variant="light" role="alert">
            {t('profile.mustChange')}
          </Alert>
        ) : null}
        {me.mustChangePassword ? null : <DetailsForm />}
        <PasswordForm />
        {me.mustChangePassword ? null : <CalendarFeedSection />}
        <SessionsSection />
      </Stack>
    </>
  );
}
