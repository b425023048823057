-- CreateEnum
CREATE TYPE "NetworkRepresentativeStatus" AS ENUM ('proposed', 'active', 'handover', 'ended', 'declined', 'withdrawn');

-- AlterTable
ALTER TABLE "meeting_series" ADD COLUMN     "network_id" UUID;

-- CreateTable
CREATE TABLE "network" (
    "id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "convener_association_id" UUID,
    "convener_unit_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "network_member" (
    "network_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "network_member_pkey" PRIMARY KEY ("network_id","association_id")
);

-- CreateTable
CREATE TABLE "network_relevance" (
    "network_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "marked_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "network_relevance_pkey" PRIMARY KEY ("network_id","unit_id")
);

-- CreateTable
CREATE TABLE "network_representative" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "substitute_id" UUID,
    "proposed_by_id" UUID,
    "term_start" DATE,
    "term_end" DATE,
    "status" "NetworkRepresentativeStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "machine_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "network_representative_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "network_convener_association_id_idx" ON "network"("convener_association_id");

-- CreateIndex
CREATE INDEX "network_convener_unit_id_idx" ON "network"("convener_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "network_county_id_name_key" ON "network"("county_id", "name");

-- CreateIndex
CREATE INDEX "network_member_association_id_idx" ON "network_member"("association_id");

-- CreateIndex
CREATE INDEX "network_relevance_unit_id_idx" ON "network_relevance"("unit_id");

-- CreateIndex
CREATE INDEX "network_representative_network_id_unit_id_status_idx" ON "network_representative"("network_id", "unit_id", "status");

-- CreateIndex
CREATE INDEX "network_representative_unit_id_status_idx" ON "network_representative"("unit_id", "status");

-- CreateIndex
CREATE INDEX "network_representative_person_id_status_idx" ON "network_representative"("person_id", "status");

-- CreateIndex
CREATE INDEX "network_representative_substitute_id_idx" ON "network_representative"("substitute_id");

-- CreateIndex
CREATE INDEX "network_representative_proposed_by_id_idx" ON "network_representative"("proposed_by_id");

-- CreateIndex
CREATE INDEX "meeting_series_network_id_idx" ON "meeting_series"("network_id");

-- AddForeignKey
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network" ADD CONSTRAINT "network_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network" ADD CONSTRAINT "network_convener_association_id_fkey" FOREIGN KEY ("convener_association_id") REFERENCES "association"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network" ADD CONSTRAINT "network_convener_unit_id_fkey" FOREIGN KEY ("convener_unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_relevance" ADD CONSTRAINT "network_relevance_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_relevance" ADD CONSTRAINT "network_relevance_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_relevance" ADD CONSTRAINT "network_relevance_marked_by_id_fkey" FOREIGN KEY ("marked_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_representative" ADD CONSTRAINT "network_representative_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_representative" ADD CONSTRAINT "network_representative_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_representative" ADD CONSTRAINT "network_representative_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_representative" ADD CONSTRAINT "network_representative_substitute_id_fkey" FOREIGN KEY ("substitute_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_representative" ADD CONSTRAINT "network_representative_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

