-- CreateIndex
CREATE INDEX "contact_request_unit_id_created_at_id_idx" ON "contact_request"("unit_id", "created_at" DESC, "id" DESC);

