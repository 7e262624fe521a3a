import { Box, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { currentLanguage } from '../../app/i18n';

const WIDTH = 320;
const HEIGHT = 170;
const TOP = 20;
const BOTTOM = 22;
const SIDE = 6;

/**
 * One indicator over the years as SVG bars, drawn from zero (a missing year stays a gap). Screen
 * readers get the figures in the image's label; everyone can open them as a table.
 */
export function IndicatorChart({
  name,
  nameLanguage,
  unit,
  years,
  values,
}: {
  name: string;
  nameLanguage?: string;
  unit: string;
  years: number[];
  values: (number | null)[];
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const measured = values.filter((v): v is number => v !== null);
  const low = Math.min(0, ...measured);
  const high = Math.max(0, ...measured);
  const span = high - low || 1;
  const y = (v: number) => TOP + ((high - v) / span) * (HEIGHT - TOP - BOTTOM);
  const slot = (WIDTH - 2 * SIDE) / Math.max(years.length, 1);
  const bar = Math.min(40, slot * 0.6);
  const figures = years.map(
    (year, i) =>
      `${year}: ${values[i] === null ? t('ethics.indicators.noValue') : formatNumber(values[i] as number, language)}`,
  );

  return (
    <Box component="figure" m={0} aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} lang={nameLanguage}>
        {name}
      </Title>
      <Text size="sm" c="dimmed" mb={4}>
        {unit}
      </Text>
      {measured.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ethics.indicators.noValues')}
        </Text>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          style={{ maxWidth: 480, display: 'block' }}
          role="img"
          aria-label={`${name} (${unit}): ${figures.join('; ')}`}
        >
          <line x1={SIDE} x2={WIDTH - SIDE} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-5)" />
          {years.map((year, i) => {
            const value = values[i];
            const x = SIDE + slot * i + (slot - bar) / 2;
            return (
              <g key={year}>
                {value !== null && (
                  <>
                    <rect
                      x={x}
                      width={bar}
                      y={Math.min(y(value), y(0))}
                      height={Math.max(1, Math.abs(y(value) - y(0)))}
                      fill="var(--mantine-color-blue-7)"
                      rx={2}
                    />
                    <text
                      x={x + bar / 2}
                      y={value >= 0 ? y(value) - 5 : y(value) + 13}
                      textAnchor="middle"
                      fontSize={11}
                      fill="var(--mantine-color-text)"
                    >
                      {formatNumber(value, language)}
                    </text>
                  </>
                )}
                <text x={x + bar / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="var(--mantine-color-text)">
                  {year}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {measured.length > 0 && (
        <Box component="details" mt={4}>
          <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
            {t('ethics.indicators.showFigures')}
          </Text>
          <Table withTableBorder={false} verticalSpacing={2} fz="sm" mt={4} maw={320}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ethics.indicators.year')}</Table.Th>
                <Table.Th scope="col">{t('ethics.indicators.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.map((year, i) => (
                <Table.Tr key={year}>
                  <Table.Td>{year}</Table.Td>
                  <Table.Td>{values[i] === null ? '—' : formatNumber(values[i] as number, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
