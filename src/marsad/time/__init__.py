"""marsad.time: Arabic time expressions.

* :class:`marsad.time.stage.TimeStage` (stage ``times/v1``) fills ``article.times``;
  :func:`marsad.time.stage.find_times` does the same for a bare text.
* :func:`marsad.time.dates.parse_date` reads a stand-alone date line ("YYYY-MM-DD" or None).
* :mod:`marsad.time.heideltime` scores the stage on the heideltime-ar TimeML corpus.

Vocabulary and patterns live in ``marsad/data/time/*.tsv``; the resolution rules (weekday in
a past-tense report = the most recent such day on or before publication, unless the clause is
in the future) are documented in :mod:`marsad.time.resolve`.
"""
