-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('message', 'invitation', 'material', 'brochure');

-- CreateEnum
CREATE TYPE "ContactTopic" AS ENUM ('integration_services', 'client_cooperation', 'events_and_meetings', 'volunteering', 'materials_and_information', 'other');

-- CreateEnum
CREATE TYPE "ContactRequestStatus" AS ENUM ('received', 'routed', 'answered', 'closed');

-- CreateEnum
CREATE TYPE "ContactMessageAuthor" AS ENUM ('sender', 'county');

-- CreateEnum
CREATE TYPE "ConcernNoticeStatus" AS ENUM ('submitted', 'received', 'contact_taken', 'closed');

-- CreateEnum
CREATE TYPE "PicturePageKind" AS ENUM ('responsibilities', 'explainer', 'case_example');

-- CreateEnum
CREATE TYPE "PictureCommentKind" AS ENUM ('comment', 'suggestion');

-- CreateEnum
CREATE TYPE "PictureCommentStatus" AS ENUM ('open', 'accepted', 'declined');

-- AlterTable
ALTER TABLE "unit" ADD COLUMN     "receives_concern_notices" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "access_log" ADD COLUMN     "concern_notice_id" UUID,
ALTER COLUMN "referral_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "contact_request" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "county_id" UUID NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "topic" "ContactTopic" NOT NULL,
    "sender_organisation" TEXT NOT NULL,
    "sender_name" TEXT NOT NULL,
    "sender_email" CITEXT NOT NULL,
    "sender_locale" TEXT NOT NULL DEFAULT 'fi',
    "association_id" UUID,
    "message" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "unit_id" UUID,
    "status" "ContactRequestStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "machine_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "due_at" TIMESTAMP(3) NOT NULL,
    "waiting_since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "routed_at" TIMESTAMP(3),
    "first_answered_at" TIMESTAMP(3),
    "reminded_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_message" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "author" "ContactMessageAuthor" NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_attachment" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_route" (
    "county_id" UUID NOT NULL,
    "topic" "ContactTopic" NOT NULL,
    "unit_id" UUID NOT NULL,

    CONSTRAINT "contact_route_pkey" PRIMARY KEY ("county_id","topic")
);

-- CreateTable
CREATE TABLE "concern_notice" (
    "id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "ConcernNoticeStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "machine_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "person_name" TEXT,
    "person_phone" TEXT,
    "person_email" TEXT,
    "person_languages" TEXT[],
    "person_address" TEXT,
    "situation" TEXT,
    "outcome" TEXT,
    "received_at" TIMESTAMP(3),
    "contact_taken_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "personal_data_erased_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "concern_notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "picture_page" (
    "id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "kind" "PicturePageKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "last_reviewed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "picture_page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "picture_page_version" (
    "id" UUID NOT NULL,
    "page_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "picture_page_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "picture_comment" (
    "id" UUID NOT NULL,
    "page_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "kind" "PictureCommentKind" NOT NULL,
    "body" TEXT NOT NULL,
    "suggested_body" TEXT,
    "status" "PictureCommentStatus" NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "picture_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_question" (
    "id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_question_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "contact_request_reference_key" ON "contact_request"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "contact_request_token_hash_key" ON "contact_request"("token_hash");

-- CreateIndex
CREATE INDEX "contact_request_county_id_status_idx" ON "contact_request"("county_id", "status");

-- CreateIndex
CREATE INDEX "contact_request_unit_id_status_idx" ON "contact_request"("unit_id", "status");

-- CreateIndex
CREATE INDEX "contact_request_county_id_created_at_id_idx" ON "contact_request"("county_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "contact_message_request_id_created_at_idx" ON "contact_message"("request_id", "created_at");

-- CreateIndex
CREATE INDEX "contact_attachment_request_id_idx" ON "contact_attachment"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "concern_notice_reference_key" ON "concern_notice"("reference");

-- CreateIndex
CREATE INDEX "concern_notice_unit_id_status_idx" ON "concern_notice"("unit_id", "status");

-- CreateIndex
CREATE INDEX "concern_notice_association_id_created_at_idx" ON "concern_notice"("association_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "picture_page_county_id_title_key" ON "picture_page"("county_id", "title");

-- CreateIndex
CREATE UNIQUE INDEX "picture_page_version_page_id_number_key" ON "picture_page_version"("page_id", "number");

-- CreateIndex
CREATE INDEX "picture_comment_page_id_created_at_idx" ON "picture_comment"("page_id", "created_at");

-- CreateIndex
CREATE INDEX "session_question_county_id_created_at_idx" ON "session_question"("county_id", "created_at");

-- CreateIndex
CREATE INDEX "access_log_concern_notice_id_created_at_idx" ON "access_log"("concern_notice_id", "created_at");

-- AddForeignKey
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_concern_notice_id_fkey" FOREIGN KEY ("concern_notice_id") REFERENCES "concern_notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_message" ADD CONSTRAINT "contact_message_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "contact_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_message" ADD CONSTRAINT "contact_message_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_attachment" ADD CONSTRAINT "contact_attachment_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "contact_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_route" ADD CONSTRAINT "contact_route_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_route" ADD CONSTRAINT "contact_route_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concern_notice" ADD CONSTRAINT "concern_notice_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concern_notice" ADD CONSTRAINT "concern_notice_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concern_notice" ADD CONSTRAINT "concern_notice_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concern_notice" ADD CONSTRAINT "concern_notice_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "picture_page" ADD CONSTRAINT "picture_page_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "picture_page_version" ADD CONSTRAINT "picture_page_version_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "picture_page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "picture_page_version" ADD CONSTRAINT "picture_page_version_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "picture_comment" ADD CONSTRAINT "picture_comment_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "picture_page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "picture_comment" ADD CONSTRAINT "picture_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_question" ADD CONSTRAINT "session_question_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_question" ADD CONSTRAINT "session_question_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- An access-log row is about exactly one record: a referral or a concern notice.
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_one_record"
  CHECK (num_nonnulls("referral_id", "concern_notice_id") = 1);

-- An attachment's size is what it holds, and never more than the contact point takes (docs/decisions/014).
ALTER TABLE "contact_attachment" ADD CONSTRAINT "contact_attachment_size"
  CHECK ("size" = octet_length("data") AND "size" <= 5 * 1024 * 1024);
ALTER TABLE "contact_attachment" ADD CONSTRAINT "contact_attachment_type"
  CHECK ("mime_type" IN ('application/pdf', 'image/png', 'image/jpeg'));

-- A county has at most one unit receiving its concern notices.
CREATE UNIQUE INDEX "unit_receives_concern_notices_key" ON "unit"("county_id") WHERE "receives_concern_notices";
