import type { RecommendationStage } from '@letscoop/domain';
import { Anchor, Box, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stepperModel } from './cycle-view';

interface Props {
  stage: RecommendationStage;
  history: readonly RecommendationStage[];
  mergedInto?: { id: string; title: string } | null;
  exitReason?: string | null;
}

/** The cycle from draft to assembly as an ordered list; the current step carries aria-current. */
export function CycleStepper({ stage, history, mergedInto, exitReason }: Props) {
  const { t } = useTranslation();
  const model = stepperModel(stage, history);
  // The board endorsed its own text: the endorsed step says so.
  const amended = stage === 'AMENDED' || history.includes('AMENDED');
  return (
    <Box component="nav" aria-label={t('recommendations.cycle.label')}>
      <Box
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-xs)' }}
        data-testid="cycle-stepper"
      >
        {model.steps.map((step, index) => {
          const color = step.state === 'current' ? 'blue' : step.state === 'done' ? 'teal' : 'gray';
          return (
            <Box
              component="li"
              key={step.stage}
              aria-current={step.state === 'current' ? 'step' : undefined}
              data-state={step.state}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 6,
                padding: '4px 10px 4px 4px',
                borderRadius: 999,
                border: `2px solid var(--mantine-color-${color}-${step.state === 'todo' ? 4 : 7})`,
                background: step.state === 'current' ? 'var(--mantine-color-blue-0)' : undefined,
              }}
            >
              <ThemeIcon
                size="sm"
                radius="xl"
                color={color}
                variant={step.state === 'todo' ? 'light' : 'filled'}
                aria-hidden
              >
                <Text size="xs" fw={700} c="inherit">
                  {step.state === 'done' ? '✓' : index + 1}
                </Text>
              </ThemeIcon>
              <Text size="sm" fw={step.state === 'current' ? 700 : 400}>
                {t(`recommendations.stage.${step.stage === 'ENDORSED' && amended ? 'AMENDED' : step.stage}`)}
                <Text component="span" size="xs" c="dimmed">
                  {' '}
                  ({t(`recommendations.cycle.state.${step.state}`)})
                </Text>
              </Text>
            </Box>
          );
        })}
      </Box>
      {model.exit && (
        <Box
          mt="sm"
          p="sm"
          data-testid="cycle-exit"
          style={{ borderLeft: '4px solid var(--mantine-color-orange-7)', background: 'var(--mantine-color-orange-0)' }}
        >
          <Text fw={700}>
            {t('recommendations.cycle.exit', {
              from: t(`recommendations.stage.${model.exit.from}`),
              to: t(`recommendations.stage.${model.exit.to}`),
            })}
          </Text>
          {exitReason && (
            <Text size="sm">
              {t('recommendations.timeline.reason')}: {exitReason}
            </Text>
          )}
          {mergedInto && (
            <Text size="sm">
              {t('recommendations.cycle.mergedInto')}{' '}
              <Anchor component={Link} to={`/recommendations/${mergedInto.id}`}>
                {mergedInto.title}
              </Anchor>
            </Text>
          )}
        </Box>
      )}
    </Box>
  );
}
