-- Lookups by name and by actor that the timelines and the web page make.
CREATE INDEX IF NOT EXISTS entities_name ON entities(name_en COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS entities_text ON entities(text);
CREATE INDEX IF NOT EXISTS events_source_kb ON events(source_kb_id);
CREATE INDEX IF NOT EXISTS events_target_kb ON events(target_kb_id);
CREATE INDEX IF NOT EXISTS events_source_country ON events(source_country);
CREATE INDEX IF NOT EXISTS events_target_country ON events(target_country);
