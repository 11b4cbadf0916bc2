import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isApiError } from '../../api/errors';
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
  // Second step, when the account has two-factor on: a code from the app or a recovery code.
  const [secondStep, setSecondStep] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);

  // The code field takes focus when the second step appears.
  useEffect(() => {
    if (secondStep) codeRef.current?.focus();
  }, [secondStep]);

  const submit = (second?: { totp?: string; recoveryCode?: string }) => {
    login.mutate(
      { email: email.trim(), password, ...second },
      {
        onError: (error) => {
          if (isApiError(error) && error.code === 'totp_required') {
            setSecondStep(true);
            login.reset();
          }
        },
        onSuccess: async (me) => {
          // An explicit choice in this browser wins over the profile's language.
          if (!storedLanguage() && me.locale !== i18n.resolvedLanguage) await i18n.changeLanguage(me.locale);
          if (me.mustChangePassword) {
            await router.navigate({ to: '/profile' });
            return;
          }
          if (me.mfaEnrolmentRequired) {
            await router.navigate({ to: '/profile/two-factor' });
            return;
          }
          const target = safeRedirect(redirectTo);
          if (target) router.history.push(target);
          else await router.navigate({ to: '/' });
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  const onSubmitCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = code.trim();
    submit(useRecovery ? { recoveryCode: value } : { totp: value.replace(/\s+/g, '') });
  };

  const backToPassword = () => {
    setSecondStep(false);
    setUseRecovery(false);
    setCode('');
    setPassword('');
    login.reset();
  };

  return (
    <PublicLayout>
      <PageTitle documentTitle={t('login.title')}>{t('login.title')}</PageTitle>
      {reason ? (
        <Alert color={reason === 'expired' ? 'orange' : 'blue'} variant="light" mb="md" role="status">
          {t(reasonKey[reason])}
        </Alert>
      ) : null}
      {secondStep ? (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="login-second-step">
          <form onSubmit={onSubmitCode} noValidate aria-labelledby="login-second-step">
            <Stack>
              <Title order={2} size="h3" id="login-second-step">
                {t('loginTotp.heading')}
              </Title>
              <Text>{useRecovery ? t('loginTotp.recoveryIntro') : t('loginTotp.intro')}</Text>
              <ErrorAlert error={login.error} fields={['totp', 'recoveryCode']} />
              <TextInput
                ref={codeRef}
                label={useRecovery ? t('loginTotp.recoveryCode') : t('loginTotp.code')}
                description={useRecovery ? undefined : t('loginTotp.codeHint')}
                name={useRecovery ? 'recoveryCode' : 'totp'}
                inputMode={useRecovery ? 'text' : 'numeric'}
                autoComplete={useRecovery ? 'off' : 'one-time-code'}
                required
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
              />
              <Button type="submit" loading={login.isPending}>
                {t('loginTotp.submit')}
              </Button>
              <Group justify="space-between">
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => {
                    setUseRecovery((value) => !value);
                    setCode('');
                    login.reset();
                    codeRef.current?.focus();
                  }}
                >
                  {useRecovery ? t('loginTotp.useApp') : t('loginTotp.useRecovery')}
                </Anchor>
                <Anchor component="button" type="button" onClick={backToPassword}>
                  {t('loginTotp.back')}
                </Anchor>
              </Group>
            </Stack>
          </form>
        </Paper>
      ) : (
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
      )}
    </PublicLayout>
  );
}
