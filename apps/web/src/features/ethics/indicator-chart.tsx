import { useTranslation } from 'react-i18next';
import { BarChart } from '../../app/bar-chart';
import { formatNumber } from '../../app/format';
import { currentLanguage } from '../../app/i18n';

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
  return (
    <BarChart
      title={name}
      titleLanguage={nameLanguage}
      subtitle={unit}
      bars={years.map((year, i) => ({ key: String(year), label: String(year), value: values[i] ?? null }))}
      format={(value) => formatNumber(value, language)}
      words={{
        noValue: t('ethics.indicators.noValue'),
        noValues: t('ethics.indicators.noValues'),
        showFigures: t('ethics.indicators.showFigures'),
        category: t('ethics.indicators.year'),
        value: t('ethics.indicators.value'),
      }}
    />
  );
}
