import type { AboutLine } from './columns.js';
import type { ExportResult } from './export.service.js';

/**
 * The About sheet of an XLSX export, in English and Russian (the file goes to readers of either):
 * what was exported, by whom and when, for which purpose, with which filter, how many records and
 * how many were withheld. Nothing about the withheld records but their number.
 */
export function aboutLines(result: ExportResult, username: string, agencyCode: string): AboutLine[] {
  return [
    { en: 'Export', ru: 'Выгрузка', value: result.kind },
    { en: 'Exported by', ru: 'Кем выгружено', value: `${username} (${agencyCode})` },
    { en: 'Exported at (UTC)', ru: 'Когда выгружено (UTC)', value: result.exportedAt },
    { en: 'Purpose', ru: 'Назначение', value: result.purpose },
    {
      en: 'Filter',
      ru: 'Фильтр',
      value: new URLSearchParams(result.filter).toString() || '(none)',
    },
    { en: 'Records exported', ru: 'Выгружено записей', value: String(result.count) },
    {
      en: 'Withheld (not exportable by your agency)',
      ru: 'Не выгружено (ваше ведомство не вправе их выгружать)',
      value: String(result.withheld.total),
    },
    {
      en: 'Withheld: H2 without the owner’s export approval',
      ru: 'Не выгружено: H2 без разрешения владельца на выгрузку',
      value: String(result.withheld.h2),
    },
    {
      en: 'Withheld: H1 in a judicial export',
      ru: 'Не выгружено: H1 при выгрузке для судебного использования',
      value: String(result.withheld.h1),
    },
    {
      en: 'Only records your agency may see and export are included; the handling code and restrictions of each record apply to this file.',
      ru: 'Включены только записи, которые ваше ведомство вправе видеть и выгружать; код обработки и ограничения каждой записи распространяются на этот файл.',
      value: '',
    },
  ];
}
