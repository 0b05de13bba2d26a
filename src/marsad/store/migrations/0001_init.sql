-- Marsad store, version 1: articles and what was extracted from them.
-- Child rows are written only with their article, inside the article's transaction.
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    part INTEGER NOT NULL DEFAULT 0,
    title TEXT,
    published TEXT,
    outlets TEXT NOT NULL DEFAULT '[]',   -- JSON list
    tags TEXT NOT NULL DEFAULT '[]',      -- JSON list
    language TEXT NOT NULL DEFAULT 'ar',
    url TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,                 -- the full JSON record (output contract)
    run_id INTEGER,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);

CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    type TEXT NOT NULL, kb_id TEXT, name_en TEXT, country TEXT, role TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS entities_kb ON entities(kb_id);
CREATE INDEX IF NOT EXISTS entities_country ON entities(country);

CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL, cameo TEXT,
    source_name TEXT, source_kb_id TEXT, source_country TEXT, source_sector TEXT,
    target_name TEXT, target_kb_id TEXT, target_country TEXT, target_sector TEXT,
    location_name TEXT, location_country TEXT,
    date TEXT, quantity INTEGER, negated INTEGER NOT NULL DEFAULT 0, mode TEXT,
    sentence TEXT, start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker_name TEXT, speaker_kb_id TEXT, speaker_country TEXT,
    text TEXT NOT NULL, direct INTEGER NOT NULL, start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS times (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER, "end" INTEGER, value TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT,
    articles_added INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS kb_learned (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL                    -- JSON object of the learned entry
);
