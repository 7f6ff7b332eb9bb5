import { Fragment } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, EXPORT_PURPOSES, seizureExportUrl, type SeizureFilter } from '../../api/seizures';

/**
 * Downloads of the seizures the user may see under the list's filters: CSV, XLSX or FollowTheMoney
 * JSON lines, for operational or for judicial use (the server leaves out what that purpose excludes).
 */
export function ExportMenu({ filter }: { filter: SeizureFilter }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={260}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          data-testid="seizure-export"
        >
          {t('seizures.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {EXPORT_PURPOSES.map((purpose, index) => (
          <Fragment key={purpose}>
            {index > 0 && <Menu.Divider />}
            <Menu.Label>{t(`seizures.export.purposes.${purpose}`)}</Menu.Label>
            {EXPORT_FORMATS.map((format) => (
              <Menu.Item
                key={format}
                component="a"
                href={seizureExportUrl(format, purpose, filter)}
                download
                data-testid={`seizure-export-${format}-${purpose}`}
              >
                {t(`seizures.export.formats.${format}`)}
              </Menu.Item>
            ))}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
