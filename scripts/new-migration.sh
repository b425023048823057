#!/usr/bin/env bash
# Writes a new migration from the change to prisma/schema.prisma since the last commit, without a database or any
# downloaded engine: `npm run db:new-migration -- add_referrals` (docs/decisions/001). Review the SQL before committing.
set -euo pipefail
name="${1:?usage: npm run db:new-migration -- <name>}"
[[ "$name" =~ ^[a-z0-9_]+$ ]] || { echo "name: lower-case letters, digits and _ only" >&2; exit 1; }
previous="$(mktemp --suffix=.prisma)"
trap 'rm -f "$previous"' EXIT
git show HEAD:prisma/schema.prisma > "$previous"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
# The CLI connects to a server even for a schema-to-schema diff (nothing is written to it).
DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}" npx prisma migrate diff \
  --from-schema-datamodel "$previous" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
echo "Wrote $dir/migration.sql"
# Browser-safe copies of the schema's enums (app/utils/enums.generated.ts).
DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}" npx prisma generate > /dev/null
npx tsx scripts/generate-enums.ts
