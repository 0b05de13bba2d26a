-- Lookups by name and by actor (as SQLite's 0002_lookup_indexes.sql).
CREATE INDEX IF NOT EXISTS entities_name ON entities (lower(name_en));
CREATE INDEX IF NOT EXISTS entities_text ON entities (text);
CREATE INDEX IF NOT EXISTS events_source_kb ON events (source_kb_id);
CREATE INDEX IF NOT EXISTS events_target_kb ON events (target_kb_id);
CREATE INDEX IF NOT EXISTS events_source_country ON events (source_country);
CREATE INDEX IF NOT EXISTS events_target_country ON events (target_country);
