-- AlterTable
ALTER TABLE "outbox_email" ADD COLUMN     "calendar" TEXT;

