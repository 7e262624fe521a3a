import { useMutation } from '@apollo/client/react';
import { Badge, Box, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { AssemblyCheckInDocument, RevokeProxyDocument, type AssemblyDetailQuery } from '../../generated/graphql';
import { GiveProxyForm } from './give-proxy-form';
import { proxyOffer } from './rules';

type Assembly = AssemblyDetailQuery['assembly'];

/** The viewer's own situation: entitled or not, weight, check-in, the proxy given, the proxies held. */
export function MyParticipationCard({ assembly, onChanged }: { assembly: Assembly; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const me = assembly.me;
  const [checkIn, checkInState] = useMutation(AssemblyCheckInDocument);
  const [revoke, revokeState] = useMutation(RevokeProxyDocument);
  const [giving, setGiving] = useState(false);
  const [granted, setGranted] = useState(false);
  if (!me) return null;

  const offer = proxyOffer(me, assembly);
  const mayCheckIn = me.entitled && !me.checkedIn && !me.proxyGiven && assembly.status === 'IN_SESSION';

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="participation-heading"
      data-testid="my-participation"
    >
      <Title order={2} size="h4" id="participation-heading" mb="sm">
        {t('assemblies.me.title')}
      </Title>
      <Stack gap="sm">
        {assembly.status === 'DRAFT' ? (
          <Text size="sm">{t('assemblies.me.listNotFrozen')}</Text>
        ) : me.entitled ? (
          <div>
            <Badge color="green" variant="light" tt="none" data-testid="entitled-badge">
              {t('assemblies.me.entitled')}
            </Badge>
            <Text size="sm" mt={4}>
              {me.category ? `${t(`category.${me.category}`)} · ` : ''}
              {t('assemblies.me.weight', {
                count: me.weightShares ?? 0,
                formatted: formatNumber(me.weightShares ?? 0, language),
                date: formatDate(assembly.recordDate, language),
              })}
            </Text>
          </div>
        ) : (
          <Text size="sm" data-testid="not-entitled">
            {t('assemblies.me.notEntitled', { date: formatDate(assembly.recordDate, language) })}
          </Text>
        )}

        {me.checkedIn ? (
          <Text size="sm" fw={600} data-testid="checked-in">
            {t(`assemblies.me.checkedIn.${me.checkInMode ?? 'IN_PERSON'}`)}
          </Text>
        ) : (
          mayCheckIn && (
            <div>
              <Button
                className="assemblies-wrap"
                onClick={() => {
                  checkIn({ variables: { input: { assemblyId: assembly.id, mode: 'ONLINE' } } })
                    .then(onChanged)
                    .catch(() => undefined);
                }}
                loading={checkInState.loading}
                data-testid="self-check-in"
              >
                {t('assemblies.me.checkInOnline')}
              </Button>
              <Text size="xs" c="dimmed" mt={4}>
                {t('assemblies.me.checkInHint')}
              </Text>
              <ErrorAlert error={checkInState.error} />
            </div>
          )
        )}

        {me.proxyGiven && (
          <Box data-testid="proxy-given">
            <Text size="sm">
              {t('assemblies.me.proxyGiven', {
                holder: me.proxyGiven.holder.displayName,
                date: formatDateTime(me.proxyGiven.grantedAt, language),
              })}
            </Text>
            {assembly.proxiesOpen && (
              <Button
                className="assemblies-wrap"
                mt="xs"
                variant="default"
                size="sm"
                loading={revokeState.loading}
                onClick={() => {
                  if (!me.proxyGiven) return;
                  revoke({ variables: { proxyId: me.proxyGiven.id } })
                    .then(() => {
                      setGranted(false);
                      onChanged();
                    })
                    .catch(() => undefined);
                }}
                data-testid="revoke-proxy"
              >
                {t('assemblies.me.revoke')}
              </Button>
            )}
            <ErrorAlert error={revokeState.error} />
          </Box>
        )}

        {me.proxiesHeld.length > 0 && (
          <div data-testid="proxies-held">
            <Text size="sm" fw={600}>
              {t('assemblies.me.proxiesHeld', { count: me.proxiesHeld.length })}
            </Text>
            <List size="sm" mt={4}>
              {me.proxiesHeld.map((proxy) => (
                <List.Item key={proxy.id} className="break-anywhere">
                  {proxy.grantor.displayName}
                </List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed" mt={4}>
              {t('assemblies.me.proxiesHeldHint')}
            </Text>
          </div>
        )}

        <div aria-live="polite">
          {granted && !giving && me.proxyGiven && (
            <Text size="sm" c="var(--mantine-color-green-light-color)" role="status">
              {t('assemblies.me.proxyGranted')}
            </Text>
          )}
        </div>

        {offer === 'form' &&
          (giving ? (
            <section aria-labelledby="give-proxy-heading">
              <Title order={3} size="h5" id="give-proxy-heading" mb="xs">
                {t('assemblies.me.giveProxy')}
              </Title>
              <Text size="sm" mb="xs">
                {t('assemblies.me.giveProxyHint', { count: assembly.proxyCap })}
              </Text>
              <GiveProxyForm
                assemblyId={assembly.id}
                onGranted={() => {
                  setGiving(false);
                  setGranted(true);
                  onChanged();
                }}
                onCancel={() => setGiving(false)}
              />
            </section>
          ) : (
            <Group>
              <Button
                className="assemblies-wrap"
                variant="light"
                onClick={() => setGiving(true)}
                data-testid="give-proxy"
              >
                {t('assemblies.me.giveProxy')}
              </Button>
            </Group>
          ))}
        {offer === 'holdsProxies' && (
          <Text size="sm" c="dimmed">
            {t('assemblies.me.cannotGiveHolding')}
          </Text>
        )}
        {offer === 'closed' && me.entitled && !me.proxyGiven && assembly.status !== 'CLOSED' && (
          <Text size="sm" c="dimmed">
            {t('assemblies.me.proxiesClosed')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
