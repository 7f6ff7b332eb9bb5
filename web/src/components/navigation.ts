/** The navigation map: work modules, administration screens and the profile, with their permissions. */
import type { ComponentType } from 'react';
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconBuildingCommunity,
  IconChartBar,
  IconChartDots3,
  IconChartHistogram,
  IconDatabase,
  IconFileImport,
  IconFingerprint,
  IconFlask,
  IconHistory,
  IconKey,
  IconPackage,
  IconRoute,
  IconShare,
  IconUserCircle,
  IconUsers,
  type IconProps,
} from '@tabler/icons-react';
import type { Permission } from '../api/types';

export const WORK_MODULES = [
  'records',
  'matching',
  'analysis',
  'exchange',
  'operations',
  'precursors',
  'earlyWarning',
  'indicators',
] as const;
export type WorkModule = (typeof WORK_MODULES)[number];

export interface WorkModuleItem {
  module: WorkModule;
  /** `data-testid` suffix and URL segment. */
  key: string;
  path: string;
  icon: ComponentType<IconProps>;
}

const moduleIcons: Record<WorkModule, ComponentType<IconProps>> = {
  records: IconDatabase,
  matching: IconFingerprint,
  analysis: IconChartDots3,
  exchange: IconArrowsExchange,
  operations: IconRoute,
  precursors: IconFlask,
  earlyWarning: IconAlertTriangle,
  indicators: IconChartBar,
};

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const WORK_ITEMS: WorkModuleItem[] = WORK_MODULES.map((module) => ({
  module,
  key: kebab(module),
  path: `/${kebab(module)}`,
  icon: moduleIcons[module],
}));

/** Screens of the records module beside the records list: seizures, statistics, sharing requests, imports. */
export type RecordsScreen = 'seizures' | 'statistics' | 'sharing' | 'imports';

export interface RecordsScreenItem {
  /** Catalogue key of the label (`<screen>.title`) and `data-testid` suffix. */
  screen: RecordsScreen;
  path: string;
  icon: ComponentType<IconProps>;
}

export const RECORDS_SCREENS: RecordsScreenItem[] = [
  { screen: 'seizures', path: '/seizures', icon: IconPackage },
  { screen: 'statistics', path: '/statistics', icon: IconChartHistogram },
  { screen: 'sharing', path: '/sharing-requests', icon: IconShare },
  { screen: 'imports', path: '/imports', icon: IconFileImport },
];

export type AdminScreen = 'agencies' | 'users' | 'tokens' | 'audit';

export interface AdminItem {
  screen: AdminScreen;
  key: string;
  path: string;
  icon: ComponentType<IconProps>;
  /** The screen is shown when the session holds any of these. */
  anyOf: Permission[];
}

export const ADMIN_ITEMS: AdminItem[] = [
  {
    screen: 'agencies',
    key: 'admin-agencies',
    path: '/admin/agencies',
    icon: IconBuildingCommunity,
    anyOf: ['agencies.manage', 'agency.settings'],
  },
  { screen: 'users', key: 'admin-users', path: '/admin/users', icon: IconUsers, anyOf: ['users.manage'] },
  { screen: 'tokens', key: 'admin-tokens', path: '/admin/tokens', icon: IconKey, anyOf: ['tokens.manage'] },
  {
    screen: 'audit',
    key: 'admin-audit',
    path: '/admin/audit',
    icon: IconHistory,
    anyOf: ['audit.read', 'audit.read.all'],
  },
];

export const PROFILE_ITEM = { key: 'profile', path: '/profile', icon: IconUserCircle } as const;

/** Whether a permission list opens an administration screen. */
export function canOpen(permissions: readonly Permission[], item: AdminItem): boolean {
  return item.anyOf.some((permission) => permissions.includes(permission));
}
