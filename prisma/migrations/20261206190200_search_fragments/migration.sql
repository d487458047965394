-- Fragment search: any run of two or more characters of a title or summary
-- finds its item, even where it cuts across jieba's words (县排榜 in
-- 岑巩县排榜镇河长巡河). Each column holds the text's overlapping character
-- pairs (县排 排榜 榜镇 …), separated by spaces, written by the app; a query
-- fragment becomes the phrase of its own pairs, which FTS5 matches only where
-- the pairs stand next to each other. Pairs rather than FTS5's trigram
-- tokenizer, so a two-character fragment is one ordinary term.
ALTER TABLE "SearchDocument" ADD COLUMN "titleGrams" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SearchDocument" ADD COLUMN "textGrams" TEXT NOT NULL DEFAULT '';

-- A second external-content index beside search_fts, over the pairs only.
CREATE VIRTUAL TABLE "search_grams" USING fts5(
    "titleGrams",
    "textGrams",
    content = 'SearchDocument',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER "SearchDocument_grams_insert" AFTER INSERT ON "SearchDocument" BEGIN
    INSERT INTO "search_grams" ("rowid", "titleGrams", "textGrams") VALUES (new."id", new."titleGrams", new."textGrams");
END;

CREATE TRIGGER "SearchDocument_grams_delete" AFTER DELETE ON "SearchDocument" BEGIN
    INSERT INTO "search_grams" ("search_grams", "rowid", "titleGrams", "textGrams") VALUES ('delete', old."id", old."titleGrams", old."textGrams");
END;

CREATE TRIGGER "SearchDocument_grams_update" AFTER UPDATE ON "SearchDocument" BEGIN
    INSERT INTO "search_grams" ("search_grams", "rowid", "titleGrams", "textGrams") VALUES ('delete', old."id", old."titleGrams", old."textGrams");
    INSERT INTO "search_grams" ("rowid", "titleGrams", "textGrams") VALUES (new."id", new."titleGrams", new."textGrams");
END;

-- Ranking reads the title's pairs too (does the title hold the fragment as
-- written?): into the covering index that keeps ranking off the body's pages.
DROP INDEX "SearchDocument_rank_idx";
CREATE INDEX "SearchDocument_rank_idx" ON "SearchDocument"("id", "sectionId", "publishedAt", "kind", "refId", "title", "titleGrams");

-- Existing documents have no pairs yet: npm start (or npm run search:reindex)
-- rebuilds the index after this migration.
