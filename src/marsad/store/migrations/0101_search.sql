-- Arabic full-text search (marsad.stories.search). Columns hold the search
-- form of the text (normalized, lightly stemmed words), so alef/ya/ta marbuta
-- forms and clitics do not break a match; `names` holds the linked entities'
-- surface forms, English names, roles and countries in Arabic and English.
CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
    article_id UNINDEXED,
    title,
    body,
    names,
    tokenize = 'unicode61 remove_diacritics 2'
);
