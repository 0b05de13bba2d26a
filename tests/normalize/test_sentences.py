from marsad.normalize import split_sentences


def test_splits_at_arabic_and_latin_stops() -> None:
    text = "قال لافروف إن الجانبين اتفقا. وأضاف أن المحادثات ستستمر؟ نعم!"
    got = [s.text for s in split_sentences(text)]
    assert got == ["قال لافروف إن الجانبين اتفقا.", "وأضاف أن المحادثات ستستمر؟", "نعم!"]


def test_keeps_quotations_whole() -> None:
    text = 'متابعا بالقول "الآن نحتاج إلى تبادل الأسرى. سنبلغكم قريبا بالمرحلة التالية". وقال آخر.'
    got = [s.text for s in split_sentences(text)]
    assert got[0].endswith('التالية".')
    assert len(got) == 2
    text = "وقال: «كنا على وشك اتفاق. لكن الغرب منع ذلك». ثم غادر."
    assert len(split_sentences(text)) == 2


def test_lines_end_sentences_and_offsets_point_into_text() -> None:
    text = "عنوان بلا نقطة\nفقرة أولى. فقرة ثانية 3.5 بالمئة.\n\n  فقرة ثالثة"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["عنوان بلا نقطة", "فقرة أولى.", "فقرة ثانية 3.5 بالمئة.", "فقرة ثالثة"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_unbalanced_quote_does_not_swallow_the_line_forever() -> None:
    text = "بدأ " + '"' + "كلام " * 200 + ". جملة أخرى."
    assert len(split_sentences(text)) >= 1
