-- CreateEnum
CREATE TYPE "Capacity" AS ENUM ('open', 'waiting_list', 'full');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('written', 'oral', 'electronic');

-- AlterTable
ALTER TABLE "activity" ADD COLUMN     "capacity" "Capacity" NOT NULL DEFAULT 'open';

-- CreateTable
CREATE TABLE "referral" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "activity_id" UUID,
    "redirected_from_id" UUID,
    "status" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "client_first_name" TEXT,
    "client_phone" TEXT,
    "client_email" TEXT,
    "client_languages" TEXT[],
    "client_address" TEXT,
    "client_needs" TEXT,
    "personal_data_erased_at" TIMESTAMP(3),
    "decline_reason" TEXT,
    "decline_text" TEXT,
    "proposed_times" TIMESTAMP(3)[],
    "meeting_at" TIMESTAMP(3),
    "outcome" TEXT,
    "outcome_text" TEXT,
    "sent_at" TIMESTAMP(3),
    "answered_at" TIMESTAMP(3),
    "reminded_at" TIMESTAMP(3),
    "escalated_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consent" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "items" TEXT[],
    "purpose" TEXT NOT NULL,
    "method" "ConsentMethod" NOT NULL,
    "interpreter_used" BOOLEAN NOT NULL,
    "interpreter_language" TEXT,
    "text_version" TEXT NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "withdrawn_at" TIMESTAMP(3),
    "withdrawn_by_id" UUID,

    CONSTRAINT "consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accompaniment" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "pickup" BOOLEAN NOT NULL,
    "interpreting" BOOLEAN NOT NULL,
    "interpreter_language" TEXT,
    "status" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "volunteer_name" TEXT,
    "volunteer_phone" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accompaniment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_log" (
    "id" BIGSERIAL NOT NULL,
    "referral_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "organisation" TEXT NOT NULL,
    "fields" TEXT[],
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "access_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advance_notice" (
    "id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "groups" INTEGER NOT NULL,
    "people" INTEGER NOT NULL,
    "languages" TEXT[],
    "arriving" TEXT NOT NULL,
    "needs" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "advance_notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "referral_association_id_status_idx" ON "referral"("association_id", "status");

-- CreateIndex
CREATE INDEX "referral_unit_id_status_idx" ON "referral"("unit_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "consent_referral_id_key" ON "consent"("referral_id");

-- CreateIndex
CREATE UNIQUE INDEX "accompaniment_referral_id_key" ON "accompaniment"("referral_id");

-- CreateIndex
CREATE INDEX "access_log_referral_id_created_at_idx" ON "access_log"("referral_id", "created_at");

-- CreateIndex
CREATE INDEX "advance_notice_county_id_created_at_idx" ON "advance_notice"("county_id", "created_at");

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accompaniment" ADD CONSTRAINT "accompaniment_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The access log is append-only: nobody, not even the app, may change or delete a row.
CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only';
END $$;
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only();
