-- CreateEnum
CREATE TYPE "MeetingSeriesStatus" AS ENUM ('draft', 'scheduled', 'ended', 'cancelled');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('introduction', 'group_visit', 'joint_meeting', 'annual_session');

-- CreateEnum
CREATE TYPE "MeetingExceptionKind" AS ENUM ('cancelled', 'moved');

-- CreateEnum
CREATE TYPE "MeetingAnswer" AS ENUM ('yes', 'no', 'maybe');

-- CreateTable
CREATE TABLE "meeting_series" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "host_association_id" UUID,
    "predecessor_id" UUID,
    "kind" "MeetingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "rrule" TEXT NOT NULL,
    "first_date" DATE NOT NULL,
    "start_time" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Helsinki',
    "place" TEXT,
    "online_url" TEXT,
    "languages" TEXT[],
    "capacity" INTEGER,
    "status" "MeetingSeriesStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "machine_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_exception" (
    "id" UUID NOT NULL,
    "series_id" UUID NOT NULL,
    "original_start" TIMESTAMP(3) NOT NULL,
    "kind" "MeetingExceptionKind" NOT NULL,
    "moved_start" TIMESTAMP(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_exception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_presenter" (
    "id" UUID NOT NULL,
    "series_id" UUID NOT NULL,
    "occurrence_start" TIMESTAMP(3) NOT NULL,
    "association_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_presenter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_invitation" (
    "id" UUID NOT NULL,
    "series_id" UUID NOT NULL,
    "unit_id" UUID,
    "association_id" UUID,
    "user_id" UUID,
    "personal" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_rsvp" (
    "id" UUID NOT NULL,
    "series_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "occurrence_start" TIMESTAMP(3),
    "answer" "MeetingAnswer" NOT NULL,
    "answered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_rsvp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_attendance" (
    "id" UUID NOT NULL,
    "series_id" UUID NOT NULL,
    "occurrence_start" TIMESTAMP(3) NOT NULL,
    "unit_id" UUID,
    "association_id" UUID,
    "people" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feed" (
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_feed_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "meeting_series_predecessor_id_key" ON "meeting_series"("predecessor_id");

-- CreateIndex
CREATE INDEX "meeting_series_unit_id_status_idx" ON "meeting_series"("unit_id", "status");

-- CreateIndex
CREATE INDEX "meeting_series_host_association_id_idx" ON "meeting_series"("host_association_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_exception_series_id_original_start_key" ON "meeting_exception"("series_id", "original_start");

-- CreateIndex
CREATE INDEX "meeting_presenter_association_id_idx" ON "meeting_presenter"("association_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_presenter_series_id_occurrence_start_key" ON "meeting_presenter"("series_id", "occurrence_start");

-- CreateIndex
CREATE INDEX "meeting_invitation_association_id_idx" ON "meeting_invitation"("association_id");

-- CreateIndex
CREATE INDEX "meeting_invitation_unit_id_idx" ON "meeting_invitation"("unit_id");

-- CreateIndex
CREATE INDEX "meeting_invitation_user_id_idx" ON "meeting_invitation"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_invitation_series_id_unit_id_key" ON "meeting_invitation"("series_id", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_invitation_series_id_association_id_key" ON "meeting_invitation"("series_id", "association_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_invitation_series_id_user_id_key" ON "meeting_invitation"("series_id", "user_id");

-- CreateIndex
CREATE INDEX "meeting_rsvp_user_id_idx" ON "meeting_rsvp"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_rsvp_series_id_user_id_occurrence_start_key" ON "meeting_rsvp"("series_id", "user_id", "occurrence_start");

-- CreateIndex
CREATE INDEX "meeting_attendance_association_id_occurrence_start_idx" ON "meeting_attendance"("association_id", "occurrence_start");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_attendance_series_id_occurrence_start_unit_id_key" ON "meeting_attendance"("series_id", "occurrence_start", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_attendance_series_id_occurrence_start_association_i_key" ON "meeting_attendance"("series_id", "occurrence_start", "association_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_token_hash_key" ON "calendar_feed"("token_hash");

-- AddForeignKey
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_host_association_id_fkey" FOREIGN KEY ("host_association_id") REFERENCES "association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "meeting_series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_exception" ADD CONSTRAINT "meeting_exception_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_presenter" ADD CONSTRAINT "meeting_presenter_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_presenter" ADD CONSTRAINT "meeting_presenter_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_invitation" ADD CONSTRAINT "meeting_invitation_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_invitation" ADD CONSTRAINT "meeting_invitation_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_invitation" ADD CONSTRAINT "meeting_invitation_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_invitation" ADD CONSTRAINT "meeting_invitation_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_rsvp" ADD CONSTRAINT "meeting_rsvp_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_rsvp" ADD CONSTRAINT "meeting_rsvp_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- CreateTable
CREATE TABLE "meeting_reminder" (
    "series_id" UUID NOT NULL,
    "occurrence_start" TIMESTAMP(3) NOT NULL,
    "sent_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_reminder_pkey" PRIMARY KEY ("series_id","occurrence_start")
);

-- AddForeignKey
ALTER TABLE "meeting_reminder" ADD CONSTRAINT "meeting_reminder_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

