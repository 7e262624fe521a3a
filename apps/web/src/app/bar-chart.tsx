import { Box, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export interface Bar {
  key: string;
  label: string;
  /** null: no value (a gap, said in words). */
  value: number | null;
}

export interface BarChartWords {
  /** Said for a bar without a value ("no value", "not voted yet"). */
  noValue: string;
  /** Shown instead of the chart when no bar has a value. */
  noValues: string;
  /** The summary of the figures table. */
  showFigures: string;
  /** The table's column headers. */
  category: string;
  value: string;
}

const WIDTH = 320;
// Vertical bars (few short labels: years).
const HEIGHT = 170;
const TOP = 20;
const BOTTOM = 22;
const SIDE = 6;
// Horizontal bars (any number of labels, however long): the label and figure above the bar.
const ROW = 38;
const LABEL = 13;
const BAR = 12;

/**
 * Hand-made SVG bars, drawn from zero, for a handful of figures (an indicator over the years,
 * the dashboard's figures per edition). Screen readers get every figure in the image's label;
 * everyone can open them as a table. Vertical for a few short labels; horizontal when the
 * labels are long or many (each label sits above its bar, so nothing overflows at 360 px).
 */
export function BarChart({
  title,
  titleLanguage,
  titleOrder = 3,
  subtitle,
  bars,
  format,
  words,
  max,
  orientation = 'vertical',
  testId,
}: {
  title: string;
  titleLanguage?: string;
  titleOrder?: TitleOrder;
  subtitle?: ReactNode;
  bars: Bar[];
  format: (value: number) => string;
  words: BarChartWords;
  /** The top of the scale (100 for percentages); the largest value otherwise. */
  max?: number;
  orientation?: 'vertical' | 'horizontal';
  testId?: string;
}) {
  const headingId = useId();
  const measured = bars.filter((b): b is Bar & { value: number } => b.value !== null);
  const figures = bars.map((b) => `${b.label}: ${b.value === null ? words.noValue : format(b.value)}`);
  const label = `${title}${subtitle && typeof subtitle === 'string' ? ` (${subtitle})` : ''}: ${figures.join('; ')}`;

  return (
    <Box component="figure" m={0} aria-labelledby={headingId} data-testid={testId}>
      <Title order={titleOrder} size="h5" id={headingId} lang={titleLanguage}>
        {title}
      </Title>
      {subtitle && (
        <Text size="sm" c="dimmed" mb={4}>
          {subtitle}
        </Text>
      )}
      {measured.length === 0 ? (
        <Text size="sm" c="dimmed">
          {words.noValues}
        </Text>
      ) : orientation === 'vertical' ? (
        <VerticalBars bars={bars} format={format} label={label} max={max} />
      ) : (
        <HorizontalBars bars={bars} format={format} label={label} max={max} noValue={words.noValue} />
      )}
      {measured.length > 0 && (
        <Box component="details" mt={4}>
          <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
            {words.showFigures}
          </Text>
          <Table withTableBorder={false} verticalSpacing={2} fz="sm" mt={4} maw={360}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{words.category}</Table.Th>
                <Table.Th scope="col">{words.value}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bars.map((b) => (
                <Table.Tr key={b.key}>
                  <Table.Td>{b.label}</Table.Td>
                  <Table.Td>{b.value === null ? '—' : format(b.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </Box>
  );
}

function VerticalBars({
  bars,
  format,
  label,
  max,
}: {
  bars: Bar[];
  format: (value: number) => string;
  label: string;
  max?: number;
}) {
  const values = bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  const low = Math.min(0, ...values);
  const high = Math.max(0, max ?? 0, ...values);
  const span = high - low || 1;
  const y = (v: number) => TOP + ((high - v) / span) * (HEIGHT - TOP - BOTTOM);
  const slot = (WIDTH - 2 * SIDE) / Math.max(bars.length, 1);
  const width = Math.min(40, slot * 0.6);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: 480, display: 'block' }}
      role="img"
      aria-label={label}
    >
      <line x1={SIDE} x2={WIDTH - SIDE} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-5)" />
      {bars.map((b, i) => {
        const x = SIDE + slot * i + (slot - width) / 2;
        return (
          <g key={b.key}>
            {b.value !== null && (
              <>
                <rect
                  x={x}
                  width={width}
                  y={Math.min(y(b.value), y(0))}
                  height={Math.max(1, Math.abs(y(b.value) - y(0)))}
                  fill="var(--mantine-color-blue-7)"
                  rx={2}
                />
                <text
                  x={x + width / 2}
                  y={b.value >= 0 ? y(b.value) - 5 : y(b.value) + 13}
                  textAnchor="middle"
                  fontSize={11}
                  fill="var(--mantine-color-text)"
                >
                  {format(b.value)}
                </text>
              </>
            )}
            <text x={x + width / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="var(--mantine-color-text)">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Horizontal bars in pixels, not scaled to the container: the text keeps its size in a narrow
 * column and in a wide one; the bars are percentages of the track.
 */
function HorizontalBars({
  bars,
  format,
  label,
  max,
  noValue,
}: {
  bars: Bar[];
  format: (value: number) => string;
  label: string;
  max?: number;
  noValue: string;
}) {
  const values = bars.flatMap((b) => (b.value === null ? [] : [Math.max(0, b.value)]));
  const high = Math.max(max ?? 0, ...values) || 1;
  return (
    <svg
      width="100%"
      height={bars.length * ROW}
      style={{ display: 'block', maxWidth: 480 }}
      role="img"
      aria-label={label}
    >
      {bars.map((b, i) => {
        const top = i * ROW;
        const share = b.value === null ? 0 : Math.max(0, b.value) / high;
        return (
          <g key={b.key}>
            <text x={0} y={top + LABEL} fontSize={12} fill="var(--mantine-color-text)">
              {b.label}: <tspan fontWeight={700}>{b.value === null ? noValue : format(b.value)}</tspan>
            </text>
            <rect x={0} y={top + LABEL + 4} width="100%" height={BAR} fill="var(--mantine-color-gray-2)" rx={2} />
            {share > 0 && (
              <rect
                x={0}
                y={top + LABEL + 4}
                width={`${Math.max(0.5, share * 100)}%`}
                height={BAR}
                fill="var(--mantine-color-blue-7)"
                rx={2}
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}
