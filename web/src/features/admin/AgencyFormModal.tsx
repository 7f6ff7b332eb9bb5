import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useCreateAgency, useUpdateAgency } from '../../api/agencies';
import { AGENCY_KINDS, type Agency, type AgencyKind, type Country, type Organisation } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { useNames } from '../../i18n/names';

interface AgencyFormModalProps {
  /** Agency to edit, or null to create a new one. */
  agency: Agency | null;
  countries: Country[];
  organisations: Organisation[];
  onClose: () => void;
}

const FIELDS = [
  'code',
  'name',
  'nameRu',
  'kind',
  'countryCode',
  'organisationId',
  'requireTotp',
  'active',
] as const;

/** Create or edit an agency; code, kind, country and organisation are fixed once created. */
export function AgencyFormModal({ agency, countries, organisations, onClose }: AgencyFormModalProps) {
  const { t } = useTranslation();
  const names = useNames();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const [code, setCode] = useState(agency?.code ?? '');
  const [name, setName] = useState(agency?.name ?? '');
  const [nameRu, setNameRu] = useState(agency?.nameRu ?? '');
  const [kind, setKind] = useState<AgencyKind | null>(agency?.kind ?? null);
  const [countryCode, setCountryCode] = useState<string | null>(agency?.countryCode ?? null);
  const [organisationId, setOrganisationId] = useState<string | null>(agency?.organisationId ?? null);
  const [requireTotp, setRequireTotp] = useState(agency?.requireTotp ?? true);
  const [active, setActive] = useState(agency?.active ?? true);
  const mutation = agency ? update : create;
  const errors = useFormErrors(mutation.error, FIELDS);
  const fixed = agency !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('agencies.saved') });
        onClose();
      },
    };
    if (agency) {
      update.mutate(
        { id: agency.id, patch: { name: name.trim(), nameRu: nameRu.trim(), requireTotp, active } },
        done,
      );
    } else if (kind) {
      create.mutate(
        {
          code: code.trim().toUpperCase(),
          name: name.trim(),
          nameRu: nameRu.trim(),
          kind,
          requireTotp,
          ...(countryCode ? { countryCode } : {}),
          ...(organisationId ? { organisationId } : {}),
        },
        done,
      );
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={agency ? t('agencies.editTitle', { code: agency.code }) : t('agencies.create')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={errors.form ? mutation.error : null} message={errors.form} />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('agencies.code')}
              description={t('agencies.codeHint')}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value.toUpperCase())}
              error={errors.field('code')}
              disabled={fixed}
              required
              ff="monospace"
              data-testid="agency-code"
            />
            <Select
              label={t('agencies.kind')}
              description={t('agencies.kindHint')}
              data={AGENCY_KINDS.map((value) => ({ value, label: t(`agencyKinds.${value}`) }))}
              value={kind}
              onChange={(value) => setKind(AGENCY_KINDS.find((candidate) => candidate === value) ?? null)}
              error={errors.field('kind')}
              disabled={fixed}
              required
              data-testid="agency-kind"
            />
          </SimpleGrid>
          <TextInput
            label={t('agencies.nameEn')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.field('name')}
            required
            data-testid="agency-name"
          />
          <TextInput
            label={t('agencies.nameRu')}
            value={nameRu}
            onChange={(event) => setNameRu(event.currentTarget.value)}
            error={errors.field('nameRu')}
            required
            data-testid="agency-name-ru"
          />
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('agencies.country')}
              data={countries.map((country) => ({
                value: country.code,
                label: `${names.country(country)} (${country.code})`,
              }))}
              value={countryCode}
              onChange={setCountryCode}
              error={errors.field('countryCode')}
              disabled={fixed}
              searchable
              clearable
            />
            <Select
              label={t('agencies.organisation')}
              data={organisations.map((organisation) => ({
                value: organisation.id,
                label: `${organisation.code} — ${names.of(organisation)}`,
              }))}
              value={organisationId}
              onChange={setOrganisationId}
              error={errors.field('organisationId')}
              disabled={fixed}
              searchable
              clearable
            />
          </SimpleGrid>
          <Switch
            mt="xs"
            label={t('agencies.requireTotp')}
            description={t('agencies.requireTotpHint')}
            checked={requireTotp}
            onChange={(event) => setRequireTotp(event.currentTarget.checked)}
          />
          {fixed && (
            <Switch
              label={t('agencies.activeLabel')}
              description={t('agencies.activeHint')}
              checked={active}
              onChange={(event) => setActive(event.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end" gap="xs" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={!fixed && !kind}
              data-testid="agency-submit"
            >
              {agency ? t('common.save') : t('agencies.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
