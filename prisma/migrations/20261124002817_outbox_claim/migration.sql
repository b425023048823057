-- A worker's lease on a mail while it talks to SMTP, instead of a row lock held in a transaction (docs/decisions/002).
ALTER TABLE "outbox_email" ADD COLUMN     "claimed_until" TIMESTAMPTZ(3);
