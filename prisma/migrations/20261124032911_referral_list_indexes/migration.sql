-- DropIndex
DROP INDEX "referral_association_id_status_idx";

-- DropIndex
DROP INDEX "referral_unit_id_status_idx";

-- CreateIndex
CREATE INDEX "referral_association_id_status_updated_at_id_idx" ON "referral"("association_id", "status", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "referral_unit_id_status_updated_at_id_idx" ON "referral"("unit_id", "status", "updated_at" DESC, "id" DESC);

