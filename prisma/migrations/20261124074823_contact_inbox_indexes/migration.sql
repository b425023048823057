-- DropIndex
DROP INDEX "contact_request_county_id_status_idx";

-- DropIndex
DROP INDEX "contact_request_unit_id_status_idx";

-- CreateIndex
CREATE INDEX "contact_request_county_id_status_due_at_id_idx" ON "contact_request"("county_id", "status", "due_at", "id");

-- CreateIndex
CREATE INDEX "contact_request_unit_id_status_due_at_id_idx" ON "contact_request"("unit_id", "status", "due_at", "id");

-- CreateIndex
CREATE INDEX "contact_request_county_id_unit_id_status_due_at_created_at__idx" ON "contact_request"("county_id", "unit_id", "status", "due_at", "created_at", "first_answered_at");

