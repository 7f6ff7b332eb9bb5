import { sql, type Kysely } from 'kysely';

/**
 * Records: every FollowTheMoney-style entity with its owner and sharing columns, and the owners'
 * grants of access to other agencies. The sharing columns are the ones `visibleTo` reads
 * (docs/records-design.md); later record tables (seizures, drug lines, statistics) carry the same.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('records')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('schema', 'text', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    .addColumn('properties', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('owner_country', 'char(2)')
    .addColumn('distribution', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`distribution in ('own_agency','own_country','named_agencies','all_members','members_and_observers')`,
        ),
    )
    .addColumn('distribution_agencies', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'::uuid[]`))
    .addColumn('handling_code', 'text', (c) => c.notNull().check(sql`handling_code in ('H0','H1','H2','H3')`))
    .addColumn('handling_restriction', 'text')
    .addColumn('eval_source', 'text', (c) => c.check(sql`eval_source in ('A','B','C','X')`))
    .addColumn('eval_info', 'smallint', (c) => c.check(sql`eval_info between 1 and 4`))
    .addColumn('statistics_only', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('source', 'text')
    .addColumn('external_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'records_h3_has_restriction',
      sql`handling_code <> 'H3' or handling_restriction is not null`,
    )
    .execute();
  await db.schema
    .createIndex('records_owner_idx')
    .on('records')
    .columns(['owner_agency_id', 'schema'])
    .execute();
  await sql`create index records_distribution_agencies_idx on records using gin (distribution_agencies)`.execute(
    db,
  );
  await sql`create unique index records_natural_key on records (owner_agency_id, source, external_id) where external_id is not null`.execute(
    db,
  );

  // Every change of a record: which fields changed from what to what, by whom and when.
  await db.schema
    .createTable('record_versions')
    .addColumn('record_table', 'text', (c) => c.notNull())
    .addColumn('record_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('changed_by', 'uuid')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_versions_pkey', ['record_table', 'record_id', 'version'])
    .execute();

  await db.schema
    .createTable('record_grants')
    // Any operational table's record (records, seizures, statistical records…): ids are UUIDs, unique across tables.
    .addColumn('record_table', 'text', (c) => c.notNull())
    .addColumn('record_id', 'uuid', (c) => c.notNull())
    .addColumn('grantee_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('read','reshare','export')`))
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('approved_by', 'uuid')
    .addColumn('approved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('record_grants_pkey', ['record_id', 'grantee_agency_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('record_grants_grantee_idx')
    .on('record_grants')
    .columns(['grantee_agency_id', 'kind'])
    .execute();
}

/** Drops the records tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('record_grants').ifExists().execute();
  await db.schema.dropTable('record_versions').ifExists().execute();
  await db.schema.dropTable('records').ifExists().execute();
}
