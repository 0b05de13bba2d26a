-- Stories, duplicates and merged events (marsad.stories). Everything the
-- incremental clusterer needs lives here, so no in-memory state survives a batch.

-- One row per indexed article: its story and the features it was matched by.
CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    date TEXT,                -- YYYY-MM-DD used for the time window (published, else null)
    outlets TEXT,             -- JSON list, for counting the sources of merged events
    norm_hash TEXT NOT NULL,  -- hash of the normalized word sequence: exact duplicates
    n_shingles INTEGER NOT NULL,
    minhash BLOB NOT NULL,    -- MinHash signature, little-endian uint32 x num_perm
    vector TEXT NOT NULL,     -- JSON {term: weight}, L2-normalized, top terms only
    similarity REAL           -- cosine to the story centroid when it joined (1.0 for a seed)
);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id);
CREATE INDEX IF NOT EXISTS story_members_hash ON story_members(norm_hash);

CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,      -- 's' + the first article's id: stable
    title TEXT,
    seed_article TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    size INTEGER NOT NULL,
    centroid TEXT NOT NULL    -- JSON {term: summed weight}, truncated to the top terms
);
CREATE INDEX IF NOT EXISTS stories_last_date ON stories(last_date);

-- Inverted index of centroid terms (normalized weights) for candidate retrieval.
CREATE TABLE IF NOT EXISTS story_terms (
    term TEXT NOT NULL,
    story_id TEXT NOT NULL,
    weight REAL NOT NULL,
    PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_terms_story ON story_terms(story_id);

-- Document frequencies of terms over indexed articles (incremental IDF).
CREATE TABLE IF NOT EXISTS story_df (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS story_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- LSH buckets of the MinHash signatures (one row per band).
CREATE TABLE IF NOT EXISTS dedup_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;

-- Duplicates are linked, never dropped: article_id repeats duplicate_of (indexed earlier).
CREATE TABLE IF NOT EXISTS duplicates (
    article_id TEXT NOT NULL,
    duplicate_of TEXT NOT NULL,
    kind TEXT NOT NULL,       -- exact | near
    similarity REAL NOT NULL, -- estimated Jaccard of word 4-gram shingles
    containment REAL NOT NULL,
    PRIMARY KEY (article_id, duplicate_of)
);
CREATE INDEX IF NOT EXISTS duplicates_of ON duplicates(duplicate_of);

-- Cross-article events: one row per real-world event, with its mentions.
CREATE TABLE IF NOT EXISTS event_clusters (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    cameo TEXT,
    source_key TEXT NOT NULL,
    target_key TEXT NOT NULL,
    source_name TEXT,
    source_country TEXT,
    target_name TEXT,
    target_country TEXT,
    location_name TEXT,
    date TEXT,
    story_id TEXT,
    sentence TEXT,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS event_clusters_key ON event_clusters(type, source_key, target_key);
CREATE INDEX IF NOT EXISTS event_clusters_date ON event_clusters(date);
CREATE INDEX IF NOT EXISTS event_clusters_story ON event_clusters(story_id);

CREATE TABLE IF NOT EXISTS event_mentions (
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,     -- position in the article's events
    cluster_id TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS event_mentions_cluster ON event_mentions(cluster_id);
