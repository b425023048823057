-- CreateEnum
CREATE TYPE "BarometerRoundStatus" AS ENUM ('draft', 'open', 'closed', 'published');

-- CreateEnum
CREATE TYPE "BarometerOrgType" AS ENUM ('association', 'municipal_immigrant_services', 'social_health_services', 'education', 'other_authority', 'other');

-- CreateEnum
CREATE TYPE "BarometerAssociationSize" AS ENUM ('up_to_10', 'over_10');

-- CreateTable
CREATE TABLE "barometer_round" (
    "id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "closes_at" TIMESTAMP(3) NOT NULL,
    "status" "BarometerRoundStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "machine_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "barometer_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "barometer_invitation" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "email" CITEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'fi',
    "token_hash" TEXT,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "barometer_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "barometer_answer" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "invitation_id" UUID NOT NULL,
    "org_type" "BarometerOrgType",
    "association_size" "BarometerAssociationSize",
    "immigrant_majority" BOOLEAN,
    "items" JSONB NOT NULL,
    "grades" JSONB NOT NULL,
    "obstacles" JSONB NOT NULL,
    "open_text" TEXT,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "barometer_answer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "barometer_round_county_id_created_at_idx" ON "barometer_round"("county_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "barometer_invitation_token_hash_key" ON "barometer_invitation"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "barometer_invitation_round_id_email_key" ON "barometer_invitation"("round_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "barometer_answer_invitation_id_key" ON "barometer_answer"("invitation_id");

-- CreateIndex
CREATE INDEX "barometer_answer_round_id_idx" ON "barometer_answer"("round_id");

-- AddForeignKey
ALTER TABLE "barometer_round" ADD CONSTRAINT "barometer_round_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "barometer_invitation" ADD CONSTRAINT "barometer_invitation_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "barometer_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "barometer_answer" ADD CONSTRAINT "barometer_answer_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "barometer_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "barometer_answer" ADD CONSTRAINT "barometer_answer_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "barometer_invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

