import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Column, Row } from './columns.js';
import type { FtmEntity } from './ftm-lines.js';

/** How many visible records match, and how many of them the export rules leave out, by reason. */
export interface Tally {
  count: number;
  h2: number;
  h1: number;
}

/** One page of an export: its items and, for seizures, the party records they reference. */
export interface Page<T> {
  items: T[];
  /** Records (persons, vehicles…) the items reference that this export may carry, by id. */
  related: Map<string, FtmEntity>;
}

/**
 * What an export reads, and how its items become table rows and FtM entities. Every query of a source
 * applies `visibleTo` and the export rules in SQL; the service only writes what the source returns.
 */
export interface ExportSource<T> {
  /** Object type of the audit rows (`recordRead`). */
  objectType: string;
  /** Name of the data sheet of an XLSX file and of the file itself. */
  sheetName: string;
  columns: readonly Column[];
  tally(tx: Transaction<Database>): Promise<Tally>;
  pages(tx: Transaction<Database>, pageSize: number): AsyncGenerator<Page<T>>;
  id(item: T): string;
  rows(item: T): Row[];
  /** The item as FtM entities (the item itself and its parts); undefined: no FtM for this source. */
  entities?(item: T): FtmEntity[];
  /** Ids of the related records an item references (audited as reads when exported). */
  relatedIds?(item: T): string[];
}
