import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import {
  CloseAssemblyDocument,
  ConveneAssemblyDocument,
  OpenAssemblyDocument,
  type AssemblyDetailQuery,
} from '../../generated/graphql';

type Assembly = AssemblyDetailQuery['assembly'];
type Step = 'convene' | 'open' | 'close';

/**
 * The steps of the assembly the viewer may take now: convene (DRAFT → CONVENED, freezes the voter
 * list), open and close the session (the chair). Each asks for confirmation, saying what follows.
 */
export function AssemblyActions({ assembly, onDone }: { assembly: Assembly; onDone: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [convene, conveneState] = useMutation(ConveneAssemblyDocument);
  const [open, openState] = useMutation(OpenAssemblyDocument);
  const [close, closeState] = useMutation(CloseAssemblyDocument);

  const steps: Step[] = [];
  if (assembly.viewerCanConvene && assembly.status === 'DRAFT') steps.push('convene');
  if (assembly.viewerCanChair && assembly.status === 'CONVENED') steps.push('open');
  if (assembly.viewerCanChair && assembly.status === 'IN_SESSION') steps.push('close');
  const running = assembly.status === 'CONVENED' || assembly.status === 'IN_SESSION';
  const deskOpen = assembly.viewerCanCheckInOthers && running;
  const consoleOpen = assembly.viewerCanChair && running;
  if (steps.length === 0 && !deskOpen && !consoleOpen) return null;

  const pollOpen = assembly.currentPoll?.status === 'OPEN';
  const loading = conveneState.loading || openState.loading || closeState.loading;
  const run = (step: Step) => {
    const variables = { assemblyId: assembly.id };
    const done =
      step === 'convene' ? convene({ variables }) : step === 'open' ? open({ variables }) : close({ variables });
    done
      .then(() => {
        setConfirming(null);
        onDone();
      })
      .catch(() => undefined);
  };

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="assembly-actions-heading"
      data-testid="assembly-actions"
    >
      <Title order={2} size="h4" id="assembly-actions-heading" mb="xs">
        {t('assemblies.actions.title')}
      </Title>
      <Stack gap="sm">
        {confirming ? (
          <Alert color="blue" variant="light" title={t(`assemblies.actions.${confirming}`)} role="status">
            <Text size="sm">{t(`assemblies.actions.${confirming}Confirm`)}</Text>
            <Group gap="xs" mt="sm">
              <Button
                className="assemblies-wrap"
                loading={loading}
                onClick={() => run(confirming)}
                data-testid={`confirm-${confirming}`}
              >
                {t(`assemblies.actions.${confirming}`)}
              </Button>
              <Button className="assemblies-wrap" variant="default" onClick={() => setConfirming(null)}>
                {t('assemblies.cancel')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <Group gap="xs" wrap="wrap">
            {steps.map((step) => (
              <Button
                className="assemblies-wrap"
                key={step}
                variant={step === 'close' ? 'default' : 'filled'}
                disabled={step === 'close' && pollOpen}
                onClick={() => setConfirming(step)}
                data-testid={`assembly-${step}`}
              >
                {t(`assemblies.actions.${step}`)}
              </Button>
            ))}
            {consoleOpen && (
              <Button
                className="assemblies-wrap"
                component={Link}
                to={`/assemblies/${assembly.id}/console`}
                variant="light"
                data-testid="chair-console-link"
              >
                {t('assemblies.actions.console')}
              </Button>
            )}
            {deskOpen && (
              <Button
                className="assemblies-wrap"
                component={Link}
                to={`/assemblies/${assembly.id}/check-in`}
                variant="light"
                data-testid="check-in-desk-link"
              >
                {t('assemblies.actions.desk')}
              </Button>
            )}
          </Group>
        )}
        {steps.includes('close') && pollOpen && (
          <Text size="sm" c="dimmed">
            {t('assemblies.actions.closeBlocked')}
          </Text>
        )}
        <ErrorAlert error={conveneState.error ?? openState.error ?? closeState.error} />
      </Stack>
    </Card>
  );
}
