-- Full-text search over "SearchDocument" (SQLite FTS5).
--
-- SearchDocument holds each public item's title and text already cut into
-- words by jieba and joined by spaces, so FTS5's plain unicode61 tokenizer
-- only has to split on spaces; no Chinese tokenizer extension is needed in
-- SQLite. The FTS table is an external-content index: it stores only the
-- inverted index, reads the text from SearchDocument, and the triggers below
-- keep it in step with every insert, update and delete made through Prisma.
-- (PostgreSQL takes the same rows into a tsvector column with a GIN index.)

CREATE VIRTUAL TABLE "search_fts" USING fts5(
    "title",
    "body",
    content = 'SearchDocument',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SearchDocument_fts_insert" AFTER INSERT ON "SearchDocument" BEGIN
    INSERT INTO "search_fts" ("rowid", "title", "body") VALUES (new."id", new."title", new."body");
END;

CREATE TRIGGER "SearchDocument_fts_delete" AFTER DELETE ON "SearchDocument" BEGIN
    INSERT INTO "search_fts" ("search_fts", "rowid", "title", "body") VALUES ('delete', old."id", old."title", old."body");
END;

CREATE TRIGGER "SearchDocument_fts_update" AFTER UPDATE ON "SearchDocument" BEGIN
    INSERT INTO "search_fts" ("search_fts", "rowid", "title", "body") VALUES ('delete', old."id", old."title", old."body");
    INSERT INTO "search_fts" ("rowid", "title", "body") VALUES (new."id", new."title", new."body");
END;

-- Ranking joins every match to its document for the section, publish time
-- and title. Those columns sit in the row after the long body, so reading
-- them from the table means walking the body's overflow pages; this index
-- holds them apart (the search query names it with INDEXED BY).
CREATE INDEX "SearchDocument_rank_idx" ON "SearchDocument"("id", "sectionId", "publishedAt", "kind", "refId", "title");

-- Rows written before this migration (none in a new database).
INSERT INTO "search_fts" ("search_fts") VALUES ('rebuild');
