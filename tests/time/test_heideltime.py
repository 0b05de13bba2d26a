"""heideltime-ar (50 Omani articles, TimeML gold): scores pinned slightly below the measured ones.

Measured (2026-11-23, anchor 2015-12-24 for every document, see marsad.time.heideltime):
  all 50 docs: relaxed span F1 0.827, strict 0.717, value accuracy 0.853 (283 gold, 244 predicted)
  docs 1-25 (errors looked at while developing): relaxed 0.864, strict 0.764, value 0.915
  docs 26-50 (held out; only its list of spurious matches was once seen): relaxed 0.779,
  strict 0.655, value 0.761
dateparser's search_dates on the same texts (tools/time/compare_dateparser.py): relaxed 0.625,
strict 0.326, value 0.478.
Before any look at this corpus the stage scored relaxed 0.761, strict 0.639, value 0.813 on all 50.
Published HeidelTime Arabic rules score around F1 0.8 relaxed on this data.
"""

from __future__ import annotations

from marsad.time.heideltime import evaluate as evaluate_folder
from marsad.time.heideltime import infer_dct, read_tml
from tests.conftest import shared_path


def test_reader_and_dct() -> None:
    folder = shared_path("corpus", "heideltime-ar")
    doc = read_tml(folder / "doc1.tml")
    assert doc.text.startswith("يفتتح بعد غد")
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert [t.text for t in doc.timexes] == ["الثلاثاء", "مؤخرا"]
    assert {infer_dct(read_tml(p)) for p in folder.glob("*.tml")} == {"2015-12-24"}


def test_heideltime_floors() -> None:
    s = evaluate_folder(shared_path("corpus", "heideltime-ar"))
    assert s.gold == 283
    assert s.relaxed_f1 >= 0.82, s.summary()
    assert s.strict_f1 >= 0.71, s.summary()
    assert s.value_accuracy >= 0.83, s.summary()
