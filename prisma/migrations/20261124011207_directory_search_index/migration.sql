-- The directory's search document is stored, not rebuilt for every activity on every search (issue 8): a tsvector
-- with a GIN index for stemmed words, and the unaccented lower-case text with a trigram index for parts of compound
-- words ("kahvila" in "iltakahvila"). Both are kept by triggers, since the document also holds the association's name
-- and summaries.

-- AlterTable
ALTER TABLE "activity" ADD COLUMN     "search_doc" tsvector,
ADD COLUMN     "search_text" text,
ADD COLUMN     "search_title" text;

CREATE FUNCTION coact_activity_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s association%ROWTYPE;
BEGIN
  SELECT * INTO s FROM association WHERE id = NEW.association_id;
  NEW.search_doc :=
    setweight(to_tsvector('finnish', coact_unaccent(NEW.title_fi)), 'A') ||
    setweight(to_tsvector('english', coact_unaccent(NEW.title_en)), 'A') ||
    setweight(to_tsvector('finnish', coact_unaccent(s.name)), 'B') ||
    setweight(to_tsvector('finnish', coact_unaccent(NEW.description_fi || ' ' || s.summary_fi)), 'C') ||
    setweight(to_tsvector('english', coact_unaccent(NEW.description_en || ' ' || s.summary_en)), 'C') ||
    setweight(to_tsvector('simple', array_to_string(NEW.target_groups, ' ')), 'D');
  NEW.search_text := coact_unaccent(lower(concat_ws(' ', NEW.title_fi, NEW.title_en, s.name, NEW.description_fi,
    NEW.description_en, s.summary_fi, s.summary_en)));
  NEW.search_title := coact_unaccent(lower(NEW.title_fi || ' ' || NEW.title_en));
  RETURN NEW;
END $$;

CREATE TRIGGER activity_search BEFORE INSERT OR UPDATE OF title_fi, title_en, description_fi, description_en,
  target_groups, association_id ON activity FOR EACH ROW EXECUTE FUNCTION coact_activity_search();

-- An association's searchable texts are part of its activities' documents: naming the column in SET fires the above.
CREATE FUNCTION coact_association_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE activity SET association_id = association_id WHERE association_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER association_search AFTER UPDATE OF name, summary_fi, summary_en ON association FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.summary_fi IS DISTINCT FROM NEW.summary_fi
    OR OLD.summary_en IS DISTINCT FROM NEW.summary_en)
  EXECUTE FUNCTION coact_association_search();

UPDATE activity SET association_id = association_id;

-- CreateIndex
CREATE INDEX "activity_search_doc_idx" ON "activity" USING GIN ("search_doc");

-- CreateIndex
CREATE INDEX "activity_search_text_idx" ON "activity" USING GIN ("search_text" gin_trgm_ops);

-- The directory without search words, in title order.
-- CreateIndex
CREATE INDEX "activity_title_fi_id_idx" ON "activity"("title_fi", "id");

-- The newest activities of a county (home pages).
-- CreateIndex
CREATE INDEX "activity_created_at_idx" ON "activity"("created_at" DESC);

-- The referral lists: newest change first, one page at a time, within a unit, an association or all.
-- CreateIndex
CREATE INDEX "referral_unit_id_updated_at_id_idx" ON "referral"("unit_id", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "referral_association_id_updated_at_id_idx" ON "referral"("association_id", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "referral_updated_at_id_idx" ON "referral"("updated_at" DESC, "id" DESC);
