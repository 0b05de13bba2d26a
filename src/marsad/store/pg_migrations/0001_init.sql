-- Marsad store on PostgreSQL, version 1: the same tables and columns as the
-- SQLite migration 0001_init.sql (JSON kept as text so both stores return
-- byte-identical records). Stories and full-text search (0100, 0101) stay
-- SQLite-only for now: they use SQLite FTS5 and WITHOUT ROWID tables.
CREATE TABLE IF NOT EXISTS articles (
    id TEXT COLLATE "C" PRIMARY KEY,
    source TEXT NOT NULL,
    part INTEGER NOT NULL DEFAULT 0,
    title TEXT,
    published TEXT COLLATE "C",
    outlets TEXT NOT NULL DEFAULT '[]',
    tags TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL DEFAULT 'ar',
    url TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    run_id BIGINT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);

CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    type TEXT NOT NULL, kb_id TEXT, name_en TEXT, country TEXT, role TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS entities_kb ON entities(kb_id);
CREATE INDEX IF NOT EXISTS entities_country ON entities(country);

CREATE TABLE IF NOT EXISTS events (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL, cameo TEXT,
    source_name TEXT, source_kb_id TEXT, source_country TEXT, source_sector TEXT,
    target_name TEXT, target_kb_id TEXT, target_country TEXT, target_sector TEXT,
    location_name TEXT, location_country TEXT,
    date TEXT, quantity BIGINT, negated INTEGER NOT NULL DEFAULT 0, mode TEXT,
    sentence TEXT, start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker_name TEXT, speaker_kb_id TEXT, speaker_country TEXT,
    text TEXT NOT NULL, direct INTEGER NOT NULL, start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS times (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER, "end" INTEGER, value TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS runs (
    id BIGSERIAL PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT,
    articles_added INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS kb_learned (
    id TEXT COLLATE "C" PRIMARY KEY,
    data TEXT NOT NULL
);
