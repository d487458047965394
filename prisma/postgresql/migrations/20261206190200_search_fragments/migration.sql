-- Fragment search: any run of two or more characters of a title or summary
-- finds its item, even where it cuts across jieba's words. Each column holds
-- the text's overlapping character pairs separated by spaces, written by the
-- app, and "gramVector" indexes them with positions (title weight A, summary
-- B), so a query fragment is the phrase of its pairs (phraseto_tsquery). The
-- same design as SQLite's search_grams, and no pg_trgm: its trigrams need
-- three characters and a locale that counts Chinese as letters.
ALTER TABLE "SearchDocument" ADD COLUMN "titleGrams" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SearchDocument" ADD COLUMN "textGrams" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SearchDocument" ADD COLUMN "gramVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', "titleGrams"), 'A') || setweight(to_tsvector('simple', "textGrams"), 'B')) STORED;
CREATE INDEX "SearchDocument_gramVector_idx" ON "SearchDocument" USING GIN ("gramVector");

-- The summary's pairs and the vector out of line like the other long columns,
-- so counting and picking the newest matches read narrow pages, the title's
-- pairs in line beside the title, since ranking reads them for every candidate.
ALTER TABLE "SearchDocument" ALTER COLUMN "titleGrams" SET STORAGE MAIN, ALTER COLUMN "textGrams" SET STORAGE EXTERNAL, ALTER COLUMN "gramVector" SET STORAGE EXTERNAL;
