import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { meQueryKey, useCurrentUser } from '../../api/me';
import {
  type TotpSetup,
  useConfirmTotp,
  useDisableTotp,
  useMfaStatus,
  useStartTotpSetup,
} from '../../api/mfa';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { PasswordField } from '../../components/password-field';
import { QueryBoundary } from '../../components/query-boundary';
import { ProfileSectionsNav } from './profile-sections-nav';
import { RecoveryCodes } from './recovery-codes';

/** The QR code as an image: the server's SVG is never put into the page as markup. */
const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** The secret in groups of four, easier to type into an app by hand. */
const groupSecret = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function TwoFactorPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const status = useMfaStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Remember why the user came, so "done" leads on into the app after a required enrolment.
  const [wasRequired] = useState(me.mfaEnrolmentRequired);

  const finish = async () => {
    setRecoveryCodes(null);
    setMessage(t('mfa.enabledStatus'));
    if (!wasRequired) return;
    // The app opens again only once the server's "me" no longer asks for enrolment.
    await queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true });
    await navigate({ to: '/' });
  };

  return (
    <>
      <PageTitle documentTitle={t('mfa.title')}>{t('mfa.title')}</PageTitle>
      <Stack gap="md" maw={760}>
        <ProfileSectionsNav />
        {me.mfaEnrolmentRequired && !recoveryCodes ? (
          <Alert color="orange" variant="light" title={t('mfa.requiredTitle')} role="alert">
            {t('mfa.requiredExplanation')}
          </Alert>
        ) : null}
        <StatusMessage message={message} />
        {recoveryCodes ? (
          <RecoveryCodes codes={recoveryCodes} email={me.email} onDone={() => void finish()} />
        ) : (
          <QueryBoundary query={status}>
            {(data) =>
              data.totpEnabled ? (
                <EnabledSection
                  required={data.required}
                  codesLeft={data.recoveryCodesLeft}
                  onDisabled={() => setMessage(t('mfa.disabledStatus'))}
                />
              ) : (
                <EnrolSection
                  onEnabled={(codes) => {
                    setMessage(null);
                    setRecoveryCodes(codes);
                  }}
                />
              )
            }
          </QueryBoundary>
        )}
      </Stack>
    </>
  );
}

function EnrolSection({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const start = useStartTotpSetup();
  const [setup, setSetup] = useState<TotpSetup | null>(null);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mfa-enrol-heading">
      <Title order={2} id="mfa-enrol-heading" mb="sm">
        {t('mfa.offHeading')}
      </Title>
      {setup ? (
        <SetupSteps setup={setup} onEnabled={onEnabled} onCancel={() => setSetup(null)} />
      ) : (
        <Stack gap="sm">
          <Text>{t('mfa.offIntro')}</Text>
          <Text>{t('mfa.appHint')}</Text>
          <ErrorAlert error={start.error} />
          <Group>
            <Button
              loading={start.isPending}
              onClick={() => start.mutate(undefined, { onSuccess: setSetup })}
            >
              {t('mfa.turnOn')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

function SetupSteps({
  setup,
  onEnabled,
  onCancel,
}: {
  setup: TotpSetup;
  onEnabled: (codes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmTotp();
  const [code, setCode] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate(code.replace(/\s+/g, ''), { onSuccess: (result) => onEnabled(result.recoveryCodes) });
  };

  return (
    <Stack gap="md">
      <section aria-labelledby="mfa-step1-heading">
        <Title order={3} id="mfa-step1-heading" mb="xs">
          {t('mfa.step1')}
        </Title>
        <Text mb="sm">{t('mfa.scanIntro')}</Text>
        <Image
          src={svgDataUrl(setup.qrSvg)}
          alt={t('mfa.qrAlt')}
          w={200}
          h={200}
          fit="contain"
          className="qr-code"
        />
        <Text mt="sm">{t('mfa.manualIntro')}</Text>
        <Code className="otp-value" data-testid="totp-secret" data-secret={setup.secret}>
          {groupSecret(setup.secret)}
        </Code>
        <Text size="sm" mt={4}>
          <Anchor href={setup.otpauthUri}>{t('mfa.openInApp')}</Anchor>
        </Text>
      </section>
      <form onSubmit={onSubmit} noValidate aria-labelledby="mfa-step2-heading">
        <Title order={3} id="mfa-step2-heading" mb="xs">
          {t('mfa.step2')}
        </Title>
        <Stack gap="sm">
          <ErrorAlert error={confirm.error} fields={['code']} />
          <TextInput
            label={t('mfa.code')}
            description={t('mfa.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            maw={240}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={fieldError(confirm.error, 'code')}
          />
          <Group>
            <Button type="submit" loading={confirm.isPending}>
              {t('mfa.confirm')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function EnabledSection({
  required,
  codesLeft,
  onDisabled,
}: {
  required: boolean;
  codesLeft: number;
  onDisabled: () => void;
}) {
  const { t } = useTranslation();
  const disable = useDisableTotp();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const second = code.trim();
    disable.mutate(
      useRecovery ? { password, recoveryCode: second } : { password, totp: second.replace(/\s+/g, '') },
      {
        onSuccess: () => {
          setPassword('');
          setCode('');
          onDisabled();
        },
      },
    );
  };

  const codeField = useRecovery ? 'recoveryCode' : 'totp';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mfa-on-heading">
      <Title order={2} id="mfa-on-heading" mb="sm">
        {t('mfa.onHeading')}
      </Title>
      <Stack gap="sm">
        <Text data-testid="mfa-state">{t('mfa.onIntro')}</Text>
        <Text>{t('mfa.codesLeft', { count: codesLeft })}</Text>
        {codesLeft <= 3 ? (
          <Alert color="orange" variant="light">
            {t('mfa.fewCodesLeft')}
          </Alert>
        ) : null}
        {required ? (
          <Text>{t('mfa.requiredCannotDisable')}</Text>
        ) : (
          <form onSubmit={onSubmit} noValidate aria-labelledby="mfa-off-heading">
            <Title order={3} id="mfa-off-heading" mb="xs">
              {t('mfa.turnOffHeading')}
            </Title>
            <Stack gap="sm">
              <Text>{t('mfa.turnOffIntro')}</Text>
              <ErrorAlert error={disable.error} fields={['password', codeField]} />
              <PasswordField
                label={t('mfa.password')}
                name="password"
                autoComplete="current-password"
                required
                maw={360}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldError(disable.error, 'password')}
              />
              <TextInput
                label={useRecovery ? t('mfa.recoveryCode') : t('mfa.code')}
                name={codeField}
                inputMode={useRecovery ? 'text' : 'numeric'}
                autoComplete={useRecovery ? 'off' : 'one-time-code'}
                required
                maw={360}
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                error={fieldError(disable.error, codeField)}
              />
              <Group>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => {
                    setUseRecovery((value) => !value);
                    setCode('');
                    disable.reset();
                  }}
                >
                  {useRecovery ? t('mfa.useAppCode') : t('mfa.useRecoveryCode')}
                </Anchor>
              </Group>
              <Group>
                <Button type="submit" color="red" loading={disable.isPending}>
                  {t('mfa.turnOff')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
