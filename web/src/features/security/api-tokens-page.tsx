import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import {
  type ApiToken,
  type CreatedToken,
  useApiTokens,
  useCreateApiToken,
  useRevokeApiToken,
} from '../../api/tokens';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { Tag } from '../../components/tag';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ProfileSectionsNav } from './profile-sections-nav';

type TokenState = 'active' | 'revoked' | 'expired';

function stateOf(token: ApiToken, now: number): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

const stateColour: Record<TokenState, string> = { active: 'green', revoked: 'gray', expired: 'orange' };

export function ApiTokensPage() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiToken | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const locale = currentLanguage();
  const now = Date.now();
  const when = (iso: string | null, empty: string) => (iso ? formatDateTime(iso, locale) : empty);

  const confirmRevoke = () => {
    if (!toRevoke) return;
    const token = toRevoke;
    setStatus(null);
    revoke.mutate(token.id, {
      onSuccess: () => setStatus(t('tokens.revoked', { name: token.name })),
      onSettled: () => setToRevoke(null),
    });
  };

  const items = tokens.data?.items ?? [];
  return (
    <>
      <PageTitle documentTitle={t('tokens.title')}>{t('tokens.title')}</PageTitle>
      <Stack gap="md">
        <ProfileSectionsNav />
        <Text maw={760}>{t('tokens.intro')}</Text>
        <CreateTokenForm
          onCreated={(result) => {
            setStatus(t('tokens.created', { name: result.apiToken.name }));
            setCreated(result);
          }}
        />
        <Paper withBorder p="md" component="section" aria-labelledby="tokens-list-heading">
          <Title order={2} id="tokens-list-heading" mb="sm">
            {t('tokens.listHeading')}
          </Title>
          <StatusMessage message={status} />
          <ErrorAlert error={revoke.error} />
          <QueryBoundary query={tokens} empty={t('tokens.empty')}>
            {() => (
              <div className="table-scroll">
                <Table striped verticalSpacing="xs" miw={820}>
                  <Table.Caption>{t('tokens.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('tokens.name')}</Table.Th>
                      <Table.Th scope="col">{t('tokens.prefix')}</Table.Th>
                      <Table.Th scope="col">{t('tokens.createdAt')}</Table.Th>
                      <Table.Th scope="col">{t('tokens.expiresAt')}</Table.Th>
                      <Table.Th scope="col">{t('tokens.lastUsedAt')}</Table.Th>
                      <Table.Th scope="col">{t('tokens.state')}</Table.Th>
                      <Table.Th scope="col">{t('tokens.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((token) => {
                      const state = stateOf(token, now);
                      return (
                        <Table.Tr key={token.id}>
                          <Table.Th scope="row" fw={500}>
                            {token.name}
                          </Table.Th>
                          <Table.Td>
                            <code>{token.prefix}…</code>
                          </Table.Td>
                          <Table.Td>{when(token.createdAt, '')}</Table.Td>
                          <Table.Td>{when(token.expiresAt, t('tokens.noExpiry'))}</Table.Td>
                          <Table.Td>{when(token.lastUsedAt, t('tokens.neverUsed'))}</Table.Td>
                          <Table.Td>
                            <Tag variant="light" color={stateColour[state]} radius="sm" tt="none">
                              {t(`tokens.states.${state}`)}
                            </Tag>
                            {token.revokedAt ? (
                              <Text size="sm">{formatDateTime(token.revokedAt, locale)}</Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>
                            {state === 'active' ? (
                              <Button
                                size="compact-sm"
                                variant="default"
                                aria-label={t('tokens.revokeFor', { name: token.name })}
                                onClick={() => setToRevoke(token)}
                              >
                                {t('tokens.revoke')}
                              </Button>
                            ) : null}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </div>
            )}
          </QueryBoundary>
        </Paper>
      </Stack>

      <Modal
        opened={toRevoke !== null}
        onClose={() => setToRevoke(null)}
        title={t('tokens.revokeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{toRevoke ? t('tokens.revokeConfirm', { name: toRevoke.name }) : null}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToRevoke(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={confirmRevoke} loading={revoke.isPending}>
              {t('tokens.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={created !== null}
        onClose={() => setCreated(null)}
        title={t('tokens.shownOnceTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>{t('tokens.shownOnceIntro', { name: created?.apiToken.name ?? '' })}</Text>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Code block className="token-value" data-testid="new-api-token">
              {created?.token}
            </Code>
          </Group>
          <Group>
            <CopyButton value={created?.token ?? ''}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'green' : 'gray'}
                  onClick={copy}
                >
                  {copied ? t('tokens.copied') : t('tokens.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="orange" variant="light">
            {t('tokens.shownOnceHint')}
          </Alert>
          <Text size="sm">{t('tokens.usageHint')}</Text>
          <Group justify="flex-end">
            <Button onClick={() => setCreated(null)}>{t('tokens.done')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (result: CreatedToken) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), ...(expiresOn ? { expiresOn } : {}) },
      {
        onSuccess: (result) => {
          setName('');
          setExpiresOn('');
          onCreated(result);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tokens-create-heading">
      <Title order={2} id="tokens-create-heading" mb="sm">
        {t('tokens.createHeading')}
      </Title>
      <form onSubmit={onSubmit} noValidate aria-labelledby="tokens-create-heading">
        <Stack gap="sm" maw={520}>
          <ErrorAlert error={create.error} fields={['name', 'expiresOn']} />
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            name="tokenName"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(create.error, 'name')}
          />
          <TextInput
            label={t('tokens.expiresOn')}
            description={t('tokens.expiresOnHint')}
            name="expiresOn"
            type="date"
            value={expiresOn}
            onChange={(event) => setExpiresOn(event.currentTarget.value)}
            error={fieldError(create.error, 'expiresOn')}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('tokens.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
