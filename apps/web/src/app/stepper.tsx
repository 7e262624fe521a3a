import { Box, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

export type StepState = 'done' | 'current' | 'todo';

export interface StepperStep {
  key: string;
  state: StepState;
  /** The step's name. */
  label: string;
  /** "done", "current step", "to come", in the reader's language (read after the name). */
  stateLabel: string;
}

/**
 * A path as an ordered list of steps (a recommendation's cycle, an action's statuses): done ones
 * ticked, the current one bold and marked aria-current, the rest to come. `children` follow the
 * list (e.g. where the path left the main line).
 */
export function Stepper({
  label,
  steps,
  testId,
  children,
}: {
  label: string;
  steps: readonly StepperStep[];
  testId: string;
  children?: ReactNode;
}) {
  return (
    <Box component="nav" aria-label={label}>
      <Box
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-xs)' }}
        data-testid={testId}
      >
        {steps.map((step, index) => {
          const color = step.state === 'current' ? 'blue' : step.state === 'done' ? 'teal' : 'gray';
          return (
            <Box
              component="li"
              key={step.key}
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
                {step.label}
                <Text component="span" size="xs" c="dimmed">
                  {' '}
                  ({step.stateLabel})
                </Text>
              </Text>
            </Box>
          );
        })}
      </Box>
      {children}
    </Box>
  );
}

/** Where a path left its main line (declined, merged, abandoned), with the reason. */
export function StepperExit({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <Box
      mt="sm"
      p="sm"
      data-testid={testId}
      style={{ borderLeft: '4px solid var(--mantine-color-orange-7)', background: 'var(--mantine-color-orange-0)' }}
    >
      {children}
    </Box>
  );
}
