import { Alert, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { useLogin } from '../../api/me';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { PasswordField } from '../../components/password-field';
import { i18n, storedLanguage } from '../../i18n';
import { safeRedirect } from '../../lib/safe-redirect';
import { PublicLayout } from '../layout/public-layout';

export type LoginReason = 'expired' | 'logged_out' | 'logged_out_all';

const reasonKey = {
  expired: 'login.expired',
  logged_out: 'login.loggedOut',
  logged_out_all: 'login.loggedOutAll',
} as const;

interface LoginPageProps {
  redirectTo?: string;
  reason?: LoginReason;
}

export function LoginPage({ redirectTo, reason }: LoginPageProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: async (me) => {
          // An explicit choice in this browser wins over the profile's language.
          if (!storedLanguage() && me.locale !== i18n.resolvedLanguage) await i18n.changeLanguage(me.locale);
          if (me.mustChangePassword) {
            await router.navigate({ to: '/profile' });
            return;
          }
          const target = safeRedirect(redirectTo);
          if (target) router.history.push(target);
          else await router.navigate({ to: '/' });
        },
      },
    );
  };

  return (
    <PublicLayout>
      <PageTitle documentTitle={t('login.title')}>{t('login.title')}</PageTitle>
      {reason ? (
        <Alert color={reason === 'expired' ? 'orange' : 'blue'} variant="light" mb="md" role="status">
          {t(reasonKey[reason])}
        </Alert>
      ) : null}
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text>{t('login.intro')}</Text>
            <ErrorAlert error={login.error} fields={['email', 'password']} />
            <TextInput
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldError(login.error, 'email')}
            />
            <PasswordField
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldError(login.error, 'password')}
            />
            <Button type="submit" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
