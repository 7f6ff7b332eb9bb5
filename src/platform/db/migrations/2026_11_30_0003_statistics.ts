import { sql, type Kysely } from 'kysely';

/**
 * Statistical records (country–year–drug figures such as the UNODC data-portal export) and the
 * import batches that bring them in. Same sharing columns as every operational table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('inserted', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('problems', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('statistical_records')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('natural_key', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('country', 'char(2)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('drug_code', 'text')
    .addColumn('reported_group', 'text', (c) => c.notNull())
    .addColumn('reported_subgroup', 'text', (c) => c.notNull())
    .addColumn('reported_name', 'text', (c) => c.notNull())
    // A reported total that already contains other rows of the same country and year.
    .addColumn('aggregate', 'boolean', (c) => c.notNull().defaultTo(false))
    // Null is unknown, never zero.
    .addColumn('kilograms', 'numeric')
    .addColumn('provenance', 'jsonb', (c) => c.notNull())
    .addColumn('import_batch_id', 'uuid', (c) => c.references('import_batches.id'))
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('owner_country', 'char(2)')
    .addColumn('distribution', 'text', (c) => c.notNull())
    .addColumn('distribution_agencies', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'::uuid[]`))
    .addColumn('handling_code', 'text', (c) => c.notNull())
    .addColumn('handling_restriction', 'text')
    .addColumn('eval_source', 'text')
    .addColumn('eval_info', 'smallint')
    .addColumn('statistics_only', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('statistical_records_natural_key', ['owner_agency_id', 'natural_key'])
    .execute();
  await db.schema
    .createIndex('statistical_records_cube_idx')
    .on('statistical_records')
    .columns(['country', 'year', 'drug_code'])
    .execute();
}

/** Drops the statistics tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('statistical_records').ifExists().execute();
  await db.schema.dropTable('import_batches').ifExists().execute();
}
