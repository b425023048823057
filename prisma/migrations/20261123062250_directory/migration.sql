-- AlterTable
ALTER TABLE "association" ADD COLUMN     "contact_phone" TEXT,
ADD COLUMN     "description_en" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "description_fi" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "description_sv" TEXT,
ADD COLUMN     "review_reminder_sent_at" TIMESTAMP(3),
ADD COLUMN     "summary_sv" TEXT,
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "activity" ADD COLUMN     "accessibility" TEXT,
ADD COLUMN     "cost_note" TEXT,
ADD COLUMN     "free" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "how_to_join" TEXT,
ADD COLUMN     "referral_welcome" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "association_logo" (
    "association_id" UUID NOT NULL,
    "mime_type" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "association_logo_pkey" PRIMARY KEY ("association_id")
);

-- AddForeignKey
ALTER TABLE "association_logo" ADD CONSTRAINT "association_logo_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Directory search: unaccent is only STABLE, so index expressions and generated columns need an IMMUTABLE wrapper
-- bound to this dictionary.
CREATE OR REPLACE FUNCTION coact_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
