-- AlterTable
ALTER TABLE "consent" ADD COLUMN     "text_id" UUID,
ADD COLUMN     "text_language" TEXT;

-- CreateTable
CREATE TABLE "consent_text" (
    "id" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "version_label" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "before_list" TEXT[],
    "after_list" TEXT[],
    "item_names" JSONB NOT NULL,
    "field_labels" JSONB NOT NULL,
    "reviewer_name" TEXT,
    "reviewed_on" DATE,
    "is_current" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_text_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "consent_text_language_version_label_key" ON "consent_text"("language", "version_label");

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_text_id_fkey" FOREIGN KEY ("text_id") REFERENCES "consent_text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_text" ADD CONSTRAINT "consent_text_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A language is an ISO 639 code; a version is either reviewed (name and date) or not at all; only a reviewed version
-- can be current, and a language has at most one current version.
ALTER TABLE "consent_text" ADD CONSTRAINT "consent_text_language_check" CHECK ("language" ~ '^[a-z]{2,3}$');
ALTER TABLE "consent_text" ADD CONSTRAINT "consent_text_reviewed_check"
  CHECK (("reviewer_name" IS NULL) = ("reviewed_on" IS NULL));
ALTER TABLE "consent_text" ADD CONSTRAINT "consent_text_current_reviewed_check"
  CHECK (NOT "is_current" OR "reviewed_on" IS NOT NULL);
CREATE UNIQUE INDEX "consent_text_one_current_per_language" ON "consent_text"("language") WHERE "is_current";
ALTER TABLE "consent" ADD CONSTRAINT "consent_text_language_check"
  CHECK ("text_language" IS NULL OR "text_language" ~ '^[a-z]{2,3}$');

-- The base texts: plain Finnish (selkosuomi), Swedish and English, saying what the printed text said until now.
INSERT INTO "consent_text"
  ("id", "language", "version_label", "title", "before_list", "after_list", "item_names", "field_labels",
   "reviewer_name", "reviewed_on", "is_current")
VALUES
  ('c0a5e470-0000-4000-8000-000000000001', 'fi', '2026-11-v1',
   'Suostumus: lupa antaa tietoja järjestölle',
   ARRAY[
     'Sosiaalityöntekijä haluaa kertoa sinusta järjestölle.',
     'Järjestö voi sitten soittaa tai kirjoittaa sinulle. Voitte sopia tapaamisen.',
     'Sinä päätät, mitä tietoja järjestö saa. Laita rasti niihin tietoihin, jotka saa antaa:'
   ],
   ARRAY[
     'Järjestö käyttää tietoja vain tähän asiaan.',
     'Tiedot poistetaan, kun niitä ei enää tarvita.',
     'Voit perua luvan milloin vain. Kerro siitä sosiaalityöntekijälle tai järjestölle. Silloin tietosi poistetaan heti.'
   ],
   '{"first_name": "Etunimi", "phone": "Puhelinnumero", "email": "Sähköposti", "languages": "Kielet, joita puhut", "address": "Osoite, jotta sinut voidaan hakea kotoa", "needs": "Lyhyesti, mitä tarvitset"}',
   '{"association": "Järjestö", "purpose": "Mihin tietoja käytetään", "validUntil": "Lupa on voimassa asti", "date": "Päivämäärä", "signature": "Allekirjoitus"}',
   'Co-Act (perusteksti)', '2026-11-23', true),
  ('c0a5e470-0000-4000-8000-000000000002', 'sv', '2026-11-v1',
   'Samtycke: lov att ge uppgifter till en förening',
   ARRAY[
     'Socialarbetaren vill berätta om dig för en förening.',
     'Föreningen kan sedan ringa eller skriva till dig. Ni kan komma överens om ett möte.',
     'Du bestämmer själv vilka uppgifter föreningen får. Kryssa för de uppgifter som får ges:'
   ],
   ARRAY[
     'Föreningen använder uppgifterna bara till detta.',
     'Uppgifterna raderas när de inte behövs längre.',
     'Du kan ta tillbaka ditt samtycke när som helst. Säg det till socialarbetaren eller föreningen. Då raderas dina uppgifter genast.'
   ],
   '{"first_name": "Förnamn", "phone": "Telefonnummer", "email": "E-post", "languages": "Språk som du talar", "address": "Adress, så att du kan hämtas hemifrån", "needs": "Kort om vad du behöver"}',
   '{"association": "Förening", "purpose": "Vad uppgifterna används till", "validUntil": "Samtycket gäller till", "date": "Datum", "signature": "Underskrift"}',
   'Co-Act (grundtext)', '2026-11-23', true),
  ('c0a5e470-0000-4000-8000-000000000003', 'en', '2026-11-v1',
   'Consent to share information with an association',
   ARRAY[
     'The social worker wants to tell an association about you.',
     'The association can then call or write to you. You can agree on a meeting.',
     'You choose what information the association gets. Tick the information that may be given:'
   ],
   ARRAY[
     'The association uses the information only for this.',
     'The information is deleted when it is no longer needed.',
     'You can withdraw your consent at any time. Tell the social worker or the association. Your information is then deleted at once.'
   ],
   '{"first_name": "First name", "phone": "Phone number", "email": "Email", "languages": "Languages you speak", "address": "Address, so that you can be picked up from home", "needs": "In short, what you need"}',
   '{"association": "Association", "purpose": "What the information is used for", "validUntil": "Valid until", "date": "Date", "signature": "Signature"}',
   'Co-Act (base text)', '2026-11-23', true);
