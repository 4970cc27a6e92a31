#!/bin/sh
# Copies every ZoneBot table of a SQLite file into an empty PostgreSQL database that the same build migrated
# (`db migrate --Database:Provider=postgres ...`), parents before children, then moves each identity past the copied
# ids. Usage: sqlite-to-postgres.sh /var/lib/zonebot/zonebot.db "host=... dbname=zonebot user=..."
# Needs sqlite3 and psql. See docs/deployment.md, Moving from SQLite to PostgreSQL.
set -e
DB="$1"; PG="$2"
for table in $(sqlite3 "$DB" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('SchemaVersions', 'sqlite_sequence') ORDER BY rowid"); do
  columns=$(sqlite3 "$DB" "SELECT group_concat(name, ', ') FROM pragma_table_info('$table')")
  # Files (BLOB) go as PostgreSQL's hex text for bytea; 0/1 are read as booleans, ISO-8601 text as timestamptz.
  values=$(sqlite3 "$DB" "SELECT group_concat(CASE WHEN upper(type) = 'BLOB' THEN char(39, 92, 120, 39) || ' || hex(' || name || ')' ELSE name END, ', ') FROM pragma_table_info('$table')")
  sqlite3 -csv "$DB" "SELECT $values FROM $table" | psql -q -v ON_ERROR_STOP=1 "$PG" -c "\copy $table ($columns) FROM STDIN WITH (FORMAT csv)"
  if psql -qtA "$PG" -c "SELECT 1 FROM information_schema.columns WHERE table_name = '$table' AND column_name = 'id' AND is_identity = 'YES'" | grep -q 1; then
    psql -qtA "$PG" -c "SELECT setval(pg_get_serial_sequence('$table', 'id'), COALESCE((SELECT MAX(id) FROM $table), 0) + 1, false)" >/dev/null
  fi
  echo "$table: $(sqlite3 "$DB" "SELECT COUNT(*) FROM $table") rows"
done
