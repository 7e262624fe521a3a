import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatNumber } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import type { MemberProfileQuery } from '../../generated/graphql';
import { MemberProfileDocument } from '../../generated/graphql';

type Office = MemberProfileQuery['member']['offices'][number];

export function OfficeList({ offices }: { offices: Office[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (offices.length === 0) return <Text c="dimmed">{t('member.noOffices')}</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {offices.map((o) => (
        <Group key={o.id} component="li" gap="xs" wrap="wrap">
          <Badge variant="light" tt="none">
            {t(`office.${o.kind}`)}
          </Badge>
          <Text size="sm">
            {o.endsOn
              ? t('member.officePeriod', { from: formatDate(o.startsOn, language), to: formatDate(o.endsOn, language) })
              : t('member.officeSince', { from: formatDate(o.startsOn, language) })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

export function MemberPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(MemberProfileDocument, { variables: { id } });
  const member = data?.member;
  usePageTitle(member?.person.displayName ?? t('member.title'));

  if (loading && !member) return <PageLoader />;
  if (!member) {
    // A wrong or stale link (unknown id, or not an id at all) gets a plain "not found".
    return <MissingPage error={error} notFound={t('member.notFound')} back={{ to: '/members', label: t('member.backToList') }} />;
  }

  const rows: Array<[string, string]> = [
    [t('members.category'), t(`category.${member.category}`)],
    [t('members.shares'), formatNumber(member.shares, language)],
    [t('member.shareClass'), member.shareClass],
    [
      t('members.branch'),
      member.branch
        ? `${member.branch.name}${member.branch.city && member.branch.city !== member.branch.name ? ` (${member.branch.city})` : ''}`
        : '—',
    ],
    [t('members.joinedOn'), formatDate(member.joinedOn, language)],
  ];
  if (member.leftOn) rows.push([t('member.leftOn'), formatDate(member.leftOn, language)]);
  if (member.person.email) rows.push([t('member.email'), member.person.email]);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/members" size="sm">
        ← {t('member.backToList')}
      </Anchor>
      <div>
        <Title order={1} className="break-anywhere">
          {member.person.displayName}
        </Title>
        {member.leftOn && (
          <Badge color="gray" mt={4} tt="none">
            {t('member.formerMember')}
          </Badge>
        )}
      </div>
      <Card withBorder>
        <Table variant="vertical" layout="fixed" withRowBorders>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="40%">{label}</Table.Th>
                <Table.Td className="break-anywhere">{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <section aria-labelledby="offices-title">
        <Title order={2} size="h3" id="offices-title" mb="xs">
          {t('member.offices')}
        </Title>
        <OfficeList offices={member.offices} />
      </section>
    </Stack>
  );
}
