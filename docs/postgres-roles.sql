-- Northroute on a PostgreSQL server: database roles.
--
-- Two roles (docs/SECURITY.md, "Database roles in server mode"):
--   northroute_owner  owns the database and its tables; runs the migrations (`northroute migrate`).
--   northroute_app    what the server and the day-to-day commands connect as: SELECT, INSERT, UPDATE,
--                     DELETE on every table, except audit_log, where it may only SELECT and INSERT.
--
-- This is a psql script (it uses \if, \gset, \gexec and \connect). Run it as a superuser, or as a role
-- with CREATEROLE and CREATEDB, TWICE: before the first migration (it creates the roles, the database
-- and the default privileges) and again after every migration (it grants on the tables that now exist
-- and takes UPDATE, DELETE and TRUNCATE on audit_log back). Running it again is always safe.
--
--   psql -h HOST -U postgres -v ON_ERROR_STOP=1 -v db=northroute \
--        -v owner_password='…' -v app_password='…' -f docs/postgres-roles.sql
--
-- Variables (all optional): db (default northroute), owner_password, app_password. Without a password
-- variable the role's password is left as it is (none on a new role): set one later with
-- \password northroute_owner, or rely on your pg_hba.conf (peer, cert).

\set ON_ERROR_STOP on
\if :{?db}
\else
  \set db northroute
\endif

-- 1. The roles (cluster-wide). Neither may create roles or databases, nor bypass row-level security.
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'northroute_owner') AS create_owner \gset
\if :create_owner
  CREATE ROLE northroute_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
\endif
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'northroute_app') AS create_app \gset
\if :create_app
  CREATE ROLE northroute_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
\endif
\if :{?owner_password}
  ALTER ROLE northroute_owner PASSWORD :'owner_password';
\endif
\if :{?app_password}
  ALTER ROLE northroute_app PASSWORD :'app_password';
\endif

-- 2. The database, owned by northroute_owner (on PostgreSQL 15+ its owner also owns schema public's
--    CREATE right, and may create the trusted extensions pg_trgm, unaccent and fuzzystrmatch).
SELECT format('CREATE DATABASE %I OWNER northroute_owner', :'db')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO northroute_owner;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO northroute_app;

\connect :"db"

-- 3. Nobody but the owner creates objects in schema public; the application role may only use it.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO northroute_app;

-- 4. If the migrations already ran as another role (a superuser, say), hand everything in schema public
--    to northroute_owner, so that later migrations run by northroute_owner can alter it.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT c.relname, c.relkind
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
       AND pg_get_userbyid(c.relowner) <> 'northroute_owner'
       AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format(CASE r.relkind WHEN 'S' THEN 'ALTER SEQUENCE public.%I OWNER TO northroute_owner'
                                  WHEN 'v' THEN 'ALTER VIEW public.%I OWNER TO northroute_owner'
                                  WHEN 'm' THEN 'ALTER MATERIALIZED VIEW public.%I OWNER TO northroute_owner'
                                  ELSE 'ALTER TABLE public.%I OWNER TO northroute_owner' END, r.relname);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS fn
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'northroute_owner'
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO northroute_owner', r.fn);
  END LOOP;
END
$$;

-- 5. Tables and sequences that northroute_owner creates from now on (future migrations) are usable by
--    the application role without another GRANT.
ALTER DEFAULT PRIVILEGES FOR ROLE northroute_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO northroute_app;
ALTER DEFAULT PRIVILEGES FOR ROLE northroute_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO northroute_app;

-- 6. The tables that exist now.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO northroute_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO northroute_app;

-- 7. The audit log is append-only for the application: it may read and add rows, never change,
--    delete or empty them. (The table's triggers refuse UPDATE, DELETE and TRUNCATE for every role;
--    without these grants the application cannot even attempt them.) Skipped before the first
--    migration, when audit_log does not exist yet: that is why this script runs again afterwards.
SELECT to_regclass('public.audit_log') IS NOT NULL AS has_audit_log \gset
\if :has_audit_log
  REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM northroute_app;
  GRANT SELECT, INSERT ON audit_log TO northroute_app;
\endif
