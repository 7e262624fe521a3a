import type { RecommendationStage } from '@letscoop/domain';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Stepper, StepperExit } from '../../app/stepper';
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
    <Stepper
      label={t('recommendations.cycle.label')}
      testId="cycle-stepper"
      steps={model.steps.map((step) => ({
        key: step.stage,
        state: step.state,
        label: t(`recommendations.stage.${step.stage === 'ENDORSED' && amended ? 'AMENDED' : step.stage}`),
        stateLabel: t(`recommendations.cycle.state.${step.state}`),
      }))}
    >
      {model.exit && (
        <StepperExit testId="cycle-exit">
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
        </StepperExit>
      )}
    </Stepper>
  );
}
