-- CreateIndex
CREATE INDEX "referral_unit_id_sent_at_idx" ON "referral"("unit_id", "sent_at");

-- CreateIndex
CREATE INDEX "referral_unit_id_closed_at_outcome_sent_at_idx" ON "referral"("unit_id", "closed_at", "outcome", "sent_at");

-- CreateIndex
CREATE INDEX "contact_request_county_id_created_at_due_at_first_answered__idx" ON "contact_request"("county_id", "created_at", "due_at", "first_answered_at");

