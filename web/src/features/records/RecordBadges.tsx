import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Distribution, HandlingCode } from '../../api/records';
import { DISTRIBUTION_COLOR, HANDLING_COLOR } from './recordFields';

/** Who may see a record, as a coloured badge. */
export function DistributionBadge({ distribution }: { distribution: Distribution }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={DISTRIBUTION_COLOR[distribution]}
      size="sm"
      radius="sm"
      tt="none"
      data-testid="record-distribution-badge"
    >
      {t(`records.distributions.${distribution}`)}
    </Badge>
  );
}

/** The handling code (H0–H3) as a badge, its meaning in the tooltip. */
export function HandlingBadge({ code }: { code: HandlingCode }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`records.handling.${code}`)} withArrow multiline w={320}>
      <Badge variant="outline" color={HANDLING_COLOR[code]} size="sm" radius="sm" ff="monospace">
        {code}
      </Badge>
    </Tooltip>
  );
}
