-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('invited', 'active', 'deactivated');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('draft', 'awaiting_consent', 'sent', 'no_answer', 'declined', 'accepted', 'meeting_proposed', 'meeting_arranged', 'met', 'no_show', 'closed', 'cancelled', 'redirected');

-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('given', 'withdrawn', 'expired');

-- CreateEnum
CREATE TYPE "AccompanimentStatus" AS ENUM ('requested', 'assigned', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "DataItem" AS ENUM ('first_name', 'phone', 'email', 'languages', 'address', 'needs');

-- CreateEnum
CREATE TYPE "DeclineReason" AS ENUM ('no_capacity', 'not_right_service', 'could_not_reach', 'other');

-- CreateEnum
CREATE TYPE "ReferralOutcome" AS ENUM ('got_help', 'referred_elsewhere', 'no_longer_needed', 'could_not_reach', 'other');

-- DropForeignKey
ALTER TABLE "consent" DROP CONSTRAINT "consent_referral_id_fkey";

-- DropForeignKey
ALTER TABLE "accompaniment" DROP CONSTRAINT "accompaniment_referral_id_fkey";

-- Status and code columns become enums; existing values are converted in place (no data is dropped).
-- AlterTable
ALTER TABLE "app_user" ADD COLUMN "machine_version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "AccountStatus" USING "status"::"AccountStatus",
ALTER COLUMN "status" SET DEFAULT 'invited';

-- AlterTable
ALTER TABLE "referral" ADD COLUMN "machine_version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "status" TYPE "ReferralStatus" USING "status"::"ReferralStatus",
ALTER COLUMN "decline_reason" TYPE "DeclineReason" USING "decline_reason"::"DeclineReason",
ALTER COLUMN "outcome" TYPE "ReferralOutcome" USING "outcome"::"ReferralOutcome";

-- AlterTable
ALTER TABLE "consent" ADD COLUMN "machine_version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "items" TYPE "DataItem"[] USING "items"::"DataItem"[],
ALTER COLUMN "status" TYPE "ConsentStatus" USING "status"::"ConsentStatus";

-- AlterTable
ALTER TABLE "accompaniment" ADD COLUMN "machine_version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "status" TYPE "AccompanimentStatus" USING "status"::"AccompanimentStatus";

-- AlterTable (a rewrite fires no row trigger: the append-only rule of access_log is not in the way)
ALTER TABLE "access_log" ALTER COLUMN "fields" TYPE "DataItem"[] USING "fields"::"DataItem"[];

-- CreateIndex
CREATE UNIQUE INDEX "referral_redirected_from_id_key" ON "referral"("redirected_from_id");

-- AddForeignKey
ALTER TABLE "workflow_event" ADD CONSTRAINT "workflow_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_redirected_from_id_fkey" FOREIGN KEY ("redirected_from_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_withdrawn_by_id_fkey" FOREIGN KEY ("withdrawn_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accompaniment" ADD CONSTRAINT "accompaniment_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advance_notice" ADD CONSTRAINT "advance_notice_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advance_notice" ADD CONSTRAINT "advance_notice_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

