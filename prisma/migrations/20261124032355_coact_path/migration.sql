-- CreateEnum
CREATE TYPE "CoactStepKey" AS ENUM ('visibility', 'intro_meetings', 'contact_point', 'shared_picture', 'timely_referral', 'consented_referral', 'accompaniment', 'visits_and_joint_meetings', 'network_representatives', 'inclusion');

-- CreateEnum
CREATE TYPE "CoactStepStatus" AS ENUM ('not_started', 'planned', 'in_progress', 'established', 'lapsed', 'skipped');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "directory_used_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "workflow_event" ADD COLUMN     "comment" TEXT;

-- CreateTable
CREATE TABLE "coact_step" (
    "id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "step" "CoactStepKey" NOT NULL,
    "status" "CoactStepStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "machine_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "owner_id" UUID,
    "target_date" DATE,
    "skip_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "coact_step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coact_threshold" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "coact_threshold_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "coact_step_status_idx" ON "coact_step"("status");

-- CreateIndex
CREATE UNIQUE INDEX "coact_step_county_id_step_key" ON "coact_step"("county_id", "step");

-- AddForeignKey
ALTER TABLE "coact_step" ADD CONSTRAINT "coact_step_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coact_step" ADD CONSTRAINT "coact_step_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coact_threshold" ADD CONSTRAINT "coact_threshold_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Every existing county gets its ten steps, not started, as initialRow("coact-step") makes them (machine version 1).
INSERT INTO "coact_step" ("id", "county_id", "step", "status", "snapshot", "machine_version", "version")
SELECT gen_random_uuid(), c.id, k.step, 'not_started',
  '{"status":"active","value":"not_started","historyValue":{},"context":{},"children":{}}'::jsonb, 1, 0
FROM "county" c CROSS JOIN unnest(enum_range(NULL::"CoactStepKey")) AS k(step)
ON CONFLICT DO NOTHING;
