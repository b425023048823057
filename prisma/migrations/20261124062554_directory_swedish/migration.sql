-- Swedish as a third language of the directory (docs/decisions/020): activities get optional Swedish texts, and the
-- search document holds the Swedish titles, descriptions and association summaries with Swedish stemming, weighted as
-- the Finnish and English ones. Swedish columns may be NULL, and coact_unaccent is STRICT, so they are coalesced: a
-- NULL part would make the whole document NULL (as it did before for an activity saved without target groups, whose
-- target_groups is NULL: coalesced too).

-- AlterTable
ALTER TABLE "activity" ADD COLUMN     "description_sv" TEXT,
ADD COLUMN     "title_sv" TEXT;

CREATE OR REPLACE FUNCTION coact_activity_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s association%ROWTYPE;
BEGIN
  SELECT * INTO s FROM association WHERE id = NEW.association_id;
  NEW.search_doc :=
    setweight(to_tsvector('finnish', coact_unaccent(NEW.title_fi)), 'A') ||
    setweight(to_tsvector('english', coact_unaccent(NEW.title_en)), 'A') ||
    setweight(to_tsvector('swedish', coact_unaccent(coalesce(NEW.title_sv, ''))), 'A') ||
    setweight(to_tsvector('finnish', coact_unaccent(s.name)), 'B') ||
    setweight(to_tsvector('finnish', coact_unaccent(NEW.description_fi || ' ' || s.summary_fi)), 'C') ||
    setweight(to_tsvector('english', coact_unaccent(NEW.description_en || ' ' || s.summary_en)), 'C') ||
    setweight(to_tsvector('swedish',
      coact_unaccent(coalesce(NEW.description_sv, '') || ' ' || coalesce(s.summary_sv, ''))), 'C') ||
    setweight(to_tsvector('simple', coalesce(array_to_string(NEW.target_groups, ' '), '')), 'D');
  NEW.search_text := coact_unaccent(lower(concat_ws(' ', NEW.title_fi, NEW.title_en, NEW.title_sv, s.name,
    NEW.description_fi, NEW.description_en, NEW.description_sv, s.summary_fi, s.summary_en, s.summary_sv)));
  NEW.search_title := coact_unaccent(lower(concat_ws(' ', NEW.title_fi, NEW.title_en, NEW.title_sv)));
  RETURN NEW;
END $$;

DROP TRIGGER activity_search ON activity;
CREATE TRIGGER activity_search BEFORE INSERT OR UPDATE OF title_fi, title_en, title_sv, description_fi, description_en,
  description_sv, target_groups, association_id ON activity FOR EACH ROW EXECUTE FUNCTION coact_activity_search();

DROP TRIGGER association_search ON association;
CREATE TRIGGER association_search AFTER UPDATE OF name, summary_fi, summary_en, summary_sv ON association FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.summary_fi IS DISTINCT FROM NEW.summary_fi
    OR OLD.summary_en IS DISTINCT FROM NEW.summary_en OR OLD.summary_sv IS DISTINCT FROM NEW.summary_sv)
  EXECUTE FUNCTION coact_association_search();

-- Existing rows: the associations' Swedish summaries go into their activities' documents.
UPDATE activity SET association_id = association_id;
