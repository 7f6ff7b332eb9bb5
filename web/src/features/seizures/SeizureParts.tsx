import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SeizureView } from '../../api/seizures';
import { useCountryName } from './CountrySelect';
import { useSeizureFormat } from './seizureFormat';
import { useVocabulary } from './vocabulary';

/** The drug lines: quantity as reported, its kilogram equivalent and the rule that gave it. */
export function DrugLinesTable({ seizure }: { seizure: SeizureView }) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const format = useSeizureFormat();
  return (
    <Table.ScrollContainer minWidth={880} type="native">
      <Table fz="sm" verticalSpacing={6} withRowBorders data-testid="seizure-drug-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('seizures.drugs.drug')}</Table.Th>
            <Table.Th>{t('seizures.drugs.form')}</Table.Th>
            <Table.Th ta="right">{t('seizures.drugs.quantity')}</Table.Th>
            <Table.Th>{t('seizures.drugs.unit')}</Table.Th>
            <Table.Th ta="right">{t('seizures.drugs.kgEquivalent')}</Table.Th>
            <Table.Th>{t('seizures.drugs.rule')}</Table.Th>
            <Table.Th>{t('seizures.drugs.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seizure.drugs.map((line) => (
            <Table.Tr key={line.position} data-testid="seizure-drug-row">
              <Table.Td fw={500}>{vocab.label('drugs', line.drug)}</Table.Td>
              <Table.Td>{line.form ? vocab.label('forms', line.form) : '—'}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {line.quantity === null ? t('seizures.kg.unknownQuantity') : format.decimal(line.quantity)}
              </Table.Td>
              <Table.Td>{vocab.unitAbbr(line.unit)}</Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="seizure-drug-kg">
                {line.kgEquivalent === null ? (
                  <Badge size="xs" variant="light" color="orange" radius="sm" tt="none">
                    {t('seizures.unconverted')}
                  </Badge>
                ) : (
                  format.decimal(line.kgEquivalent)
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs">
                  {line.kgRule ? t(`seizures.kgRules.${line.kgRule as 'mass_unit'}`) : '—'}
                </Text>
                {line.kgFactor && (
                  <Text size="xs" c="dimmed">
                    {t('seizures.drugs.factor', {
                      factor: format.decimal(line.kgFactor),
                      unit: vocab.unitAbbr(line.unit),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs">
                  {[
                    line.densityKgPerLitre &&
                      `${t('seizures.drugs.density')}: ${format.decimal(line.densityKgPerLitre)}`,
                    line.unitMassGrams &&
                      `${t('seizures.drugs.unitMass')}: ${format.decimal(line.unitMassGrams)}`,
                    line.purityPercent &&
                      `${t('seizures.drugs.purity')}: ${format.decimal(line.purityPercent)} %`,
                    line.packaging,
                    line.markings,
                  ]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The route as an ordered chain of countries, each with its role. */
export function RouteChain({ seizure }: { seizure: SeizureView }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  if (seizure.route.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('seizures.route.none')}
      </Text>
    );
  }
  return (
    <Group gap="xs" data-testid="seizure-route-chain">
      {seizure.route.map((leg, index) => (
        <Fragment key={leg.position}>
          {index > 0 && <IconArrowRight size={14} stroke={1.6} />}
          <Stack gap={0} data-testid="seizure-route-stop">
            <Text size="sm" fw={600}>
              {countryName(leg.country)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`seizures.routeRoles.${leg.role}`)}
              {leg.place ? ` · ${leg.place}` : ''}
            </Text>
          </Stack>
        </Fragment>
      ))}
    </Group>
  );
}

/** Persons and vehicles, each linked to its record page when the user may see the record. */
export function PartiesList({ seizure }: { seizure: SeizureView }) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  if (seizure.parties.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('seizures.parties.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="seizure-parties">
      {seizure.parties.map((party) => (
        <Group key={party.position} gap="xs" data-testid="seizure-party-item">
          {party.schema && (
            <Badge variant="light" color="navy" size="sm" radius="sm" tt="none">
              {t(`records.schemata.${party.schema}`)}
            </Badge>
          )}
          {party.recordId ? (
            <Anchor component={Link} to={`/records/${encodeURIComponent(party.recordId)}`} size="sm" fw={600}>
              {party.caption}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              {t('seizures.parties.hidden')}
            </Text>
          )}
          {party.role && <Text size="sm">{vocab.label('person_roles', party.role)}</Text>}
          {party.arrested && (
            <Badge color="red" variant="light" size="sm" radius="sm" tt="none">
              {t('seizures.parties.arrested')}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}
