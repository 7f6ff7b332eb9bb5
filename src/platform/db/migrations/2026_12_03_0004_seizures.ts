import { sql, type Kysely } from 'kysely';

/**
 * Seizure reports (header, drug lines, ordered route, parties), the owners' decisions on requests for
 * onward sharing or export (`sharing_requests`), per-agency notifications, saved import column
 * mappings, and resumable import batches. The seizure header carries the sharing columns that
 * `visibleTo` reads; its lines, route legs and parties are only ever read through their seizure.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('seizures')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    // 'day' | 'month' | 'year': how much of occurred_on was reported (a partial date).
    .addColumn('date_precision', 'text', (c) =>
      c
        .notNull()
        .defaultTo('day')
        .check(sql`date_precision in ('day','month','year')`),
    )
    .addColumn('occurred_time', 'text')
    .addColumn('country', 'char(2)', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('locality', 'text')
    .addColumn('latitude', 'numeric')
    .addColumn('longitude', 'numeric')
    .addColumn('place_kind', 'text')
    .addColumn('border_crossing', 'text')
    .addColumn('seizing_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('transport_mode', 'text')
    .addColumn('concealment', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('narrative', 'text')
    .addColumn('operation_reference', 'text')
    // Sum of the converted drug lines; null when no line converts. Unconverted lines are counted apart.
    .addColumn('total_kg', 'numeric')
    .addColumn('unconverted_lines', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text')
    .addColumn('external_id', 'text')
    .addColumn('import_batch_id', 'uuid', (c) => c.references('import_batches.id'))
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
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'seizures_h3_has_restriction',
      sql`handling_code <> 'H3' or handling_restriction is not null`,
    )
    .execute();
  await sql`create unique index seizures_reference_key on seizures (owner_agency_id, reference)`.execute(db);
  await sql`create unique index seizures_natural_key on seizures (owner_agency_id, source, external_id) where external_id is not null`.execute(
    db,
  );
  await sql`create index seizures_occurred_idx on seizures (occurred_on desc, id)`.execute(db);
  await sql`create index seizures_country_idx on seizures (country, occurred_on)`.execute(db);
  await sql`create index seizures_owner_idx on seizures (owner_agency_id, occurred_on)`.execute(db);
  // The list sorted by quantity (docs/benchmarks.md: 4.6 s at 1M seizures without it).
  await sql`create index seizures_total_kg_idx on seizures (total_kg desc nulls last, id desc)`.execute(db);
  await sql`create index seizures_distribution_agencies_idx on seizures using gin (distribution_agencies)`.execute(
    db,
  );

  await db.schema
    .createTable('seizure_drug_lines')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('seizure_id', 'uuid', (c) => c.notNull().references('seizures.id').onDelete('cascade'))
    .addColumn('position', 'smallint', (c) => c.notNull())
    .addColumn('drug_code', 'text', (c) => c.notNull())
    .addColumn('form', 'text')
    // Exact decimal as reported; null = quantity unknown (counted apart, never as zero).
    .addColumn('quantity', 'numeric')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('density_kg_per_litre', 'numeric')
    .addColumn('unit_mass_grams', 'numeric')
    // The explicit kilogram equivalent (vocabularies/quantity.ts); null = unconverted, never guessed.
    .addColumn('kg_equivalent', 'numeric')
    .addColumn('kg_rule', 'text')
    .addColumn('kg_factor', 'numeric')
    .addColumn('purity_percent', 'numeric')
    .addColumn('packaging', 'text')
    .addColumn('markings', 'text')
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addUniqueConstraint('seizure_drug_lines_position', ['seizure_id', 'position'])
    .execute();
  await sql`create index seizure_drug_lines_drug_idx on seizure_drug_lines (drug_code, seizure_id)`.execute(
    db,
  );

  await db.schema
    .createTable('seizure_route')
    .addColumn('seizure_id', 'uuid', (c) => c.notNull().references('seizures.id').onDelete('cascade'))
    .addColumn('position', 'smallint', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('origin','departure','transit','destination')`),
    )
    .addColumn('country', 'char(2)', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addPrimaryKeyConstraint('seizure_route_pkey', ['seizure_id', 'position'])
    .execute();
  await sql`create index seizure_route_country_idx on seizure_route (country, seizure_id)`.execute(db);

  await db.schema
    .createTable('seizure_parties')
    .addColumn('seizure_id', 'uuid', (c) => c.notNull().references('seizures.id').onDelete('cascade'))
    .addColumn('position', 'smallint', (c) => c.notNull())
    .addColumn('record_id', 'uuid', (c) => c.notNull().references('records.id'))
    .addColumn('role', 'text')
    .addColumn('arrested', 'boolean')
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addPrimaryKeyConstraint('seizure_parties_pkey', ['seizure_id', 'position'])
    .execute();
  await sql`create index seizure_parties_record_idx on seizure_parties (record_id)`.execute(db);

  // A recipient's request to the owner: onward sharing (reshare) or export of an H2 record, or read
  // access after a hit. The owner approves (a grant in record_grants) or refuses.
  await db.schema
    .createTable('sharing_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('record_table', 'text', (c) => c.notNull())
    .addColumn('record_id', 'uuid', (c) => c.notNull())
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('requester_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('requested_by', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('read','reshare','export')`))
    // For a reshare: the agency the requester wants to pass the record to.
    .addColumn('target_agency_id', 'uuid', (c) => c.references('agencies.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending','approved','refused','withdrawn')`),
    )
    .addColumn('decided_by', 'uuid')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index sharing_requests_owner_idx on sharing_requests (owner_agency_id, status, created_at)`.execute(
    db,
  );
  await sql`create index sharing_requests_requester_idx on sharing_requests (requester_agency_id, status, created_at)`.execute(
    db,
  );

  // What an agency's users are told about (a request to decide, a decision on their request).
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    // Null: every user of the agency who may act on it; else one user.
    .addColumn('user_id', 'uuid')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'uuid', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await sql`create index notifications_agency_idx on notifications (agency_id, created_at desc)`.execute(db);

  // Saved column mappings of an agency's spreadsheets, reused by name in the UI and the CLI.
  await db.schema
    .createTable('import_mappings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_agency_id', 'uuid', (c) => c.notNull().references('agencies.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('mapping', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('import_mappings_name', ['owner_agency_id', 'name'])
    .execute();

  // Resumable batches: the state, what they import, with which mapping, and the last committed row.
  await db.schema
    .alterTable('import_batches')
    .addColumn('target', 'text', (c) => c.notNull().defaultTo('statistical_records'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('committed')
        .check(sql`status in ('running','committed','failed')`),
    )
    .addColumn('mapping', 'jsonb')
    .addColumn('rows_committed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('finished_at', 'timestamptz')
    .execute();
}

/** Drops the seizure, request, notification and mapping tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('import_batches')
    .dropColumn('target')
    .dropColumn('status')
    .dropColumn('mapping')
    .dropColumn('rows_committed')
    .dropColumn('finished_at')
    .execute();
  for (const table of [
    'import_mappings',
    'notifications',
    'sharing_requests',
    'seizure_parties',
    'seizure_route',
    'seizure_drug_lines',
    'seizures',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
