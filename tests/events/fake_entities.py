"""Hand-built entity lists for the event and quote tests (the entity stage is built elsewhere).

``tag(text, table)`` finds every surface form of ``table`` in ``text`` (longest first, no
overlaps, also inside a word so that clitics stay outside the span, as the entity stage does).
"""

from __future__ import annotations

from marsad.records import Entity

# surface -> (type, name_en, country, role)
Row = tuple[str, str | None, str | None, str | None]

SEED_TABLE: dict[str, Row] = {
    "ميخائيل غالوزين": ("PERSON", "Mikhail Galuzin", "RUS", "Deputy Minister of Foreign Affairs"),
    "بوراك أكجابار": ("PERSON", "Burak Akçapar", "TUR", "Deputy Minister of Foreign Affairs"),
    "نظيره التركي": ("PERSON", None, "TUR", None),
    "نظيره الفرنسي": ("PERSON", None, "FRA", None),
    "نظيره الروسي": ("PERSON", None, "RUS", None),
    "الروسي": ("GPE", "Russia", "RUS", None),
    "الروسية": ("GPE", "Russia", "RUS", None),
    "الروس": ("GPE", "Russia", "RUS", None),
    "التركي": ("GPE", "Turkey", "TUR", None),
    "التركية": ("GPE", "Turkey", "TUR", None),
    "الأوكراني": ("GPE", "Ukraine", "UKR", None),
    "الأوكرانية": ("GPE", "Ukraine", "UKR", None),
    "الأوكرانيين": ("GPE", "Ukraine", "UKR", None),
    "الأمريكي": ("GPE", "United States", "USA", None),
    "الألماني": ("GPE", "Germany", "DEU", None),
    "البريطاني": ("GPE", "United Kingdom", "GBR", None),
    "البولندي": ("GPE", "Poland", "POL", None),
    "الغربية": ("GPE", "the West", "WST", None),
    "الغرب": ("GPE", "the West", "WST", None),
    "روسيا": ("GPE", "Russia", "RUS", None),
    "تركيا": ("GPE", "Turkey", "TUR", None),
    "أوكرانيا": ("GPE", "Ukraine", "UKR", None),
    "الولايات المتحدة": ("GPE", "United States", "USA", None),
    "واشنطن": ("GPE", "United States", "USA", None),
    "موسكو": ("GPE", "Russia", "RUS", None),
    "كييف": ("GPE", "Kyiv", "UKR", None),
    "أنقرة": ("GPE", "Ankara", "TUR", None),
    "إسطنبول": ("GPE", "Istanbul", "TUR", None),
    "اسطنبول": ("GPE", "Istanbul", "TUR", None),
    "الرياض": ("GPE", "Riyadh", "SAU", None),
    "رياده": ("GPE", "Riyadh", "SAU", None),
    "المملكة العربية السعودية": ("GPE", "Saudi Arabia", "SAU", None),
    "قصر دولما بهتشة": ("FAC", "Dolmabahçe Palace", "TUR", None),
    "وزارة الخارجية الروسية": ("ORG", "Ministry of Foreign Affairs of Russia", "RUS", None),
    "رجب طيب أردوغان": ("PERSON", "Recep Tayyip Erdoğan", "TUR", "President"),
    "أردوغان": ("PERSON", "Recep Tayyip Erdoğan", "TUR", "President"),
    "فلاديمير بوتين": ("PERSON", "Vladimir Putin", "RUS", "President"),
    "رستم عمروف": ("PERSON", "Rustem Umerov", "UKR", "Minister of Defence"),
    "هاكان فيدان": ("PERSON", "Hakan Fidan", "TUR", "Minister of Foreign Affairs"),
    "هاكان فيان": ("PERSON", "Hakan Fidan", "TUR", "Minister of Foreign Affairs"),
    "فيدان": ("PERSON", "Hakan Fidan", "TUR", "Minister of Foreign Affairs"),
    "فيان": ("PERSON", "Hakan Fidan", "TUR", "Minister of Foreign Affairs"),
    "فلاديمير ميدينسكي": ("PERSON", "Vladimir Medinsky", "RUS", None),
    "ميدينسكي": ("PERSON", "Vladimir Medinsky", "RUS", None),
    "فولوديمير زيلينسكي": ("PERSON", "Volodymyr Zelensky", "UKR", "President"),
    "فولوديمير زيلنسكي": ("PERSON", "Volodymyr Zelensky", "UKR", "President"),
    "زيلينسكي": ("PERSON", "Volodymyr Zelensky", "UKR", "President"),
    "إيمانويل ماكرون": ("PERSON", "Emmanuel Macron", "FRA", "President"),
    "فريدريش ميرتس": ("PERSON", "Friedrich Merz", "DEU", "Chancellor"),
    "كير ستارمر": ("PERSON", "Keir Starmer", "GBR", "Prime Minister"),
    "دونالد توسك": ("PERSON", "Donald Tusk", "POL", "Prime Minister"),
    "دونالد ترامب": ("PERSON", "Donald Trump", "USA", "President"),
    "ترامب": ("PERSON", "Donald Trump", "USA", "President"),
    "سيرجي لافروف": ("PERSON", "Sergey Lavrov", "RUS", "Minister of Foreign Affairs"),
    "لافروف": ("PERSON", "Sergey Lavrov", "RUS", "Minister of Foreign Affairs"),
    "ماركو روبيو": ("PERSON", "Marco Rubio", "USA", "Secretary of State"),
    "روبيو": ("PERSON", "Marco Rubio", "USA", "Secretary of State"),
    "ميخائيل بوغدانوف": ("PERSON", "Mikhail Bogdanov", "RUS", "Deputy Minister of Foreign Affairs"),
    "إدارة ترامب": ("ORG", "Trump administration", "USA", "government"),
    "الناتو": ("ORG", "NATO", "NATO", None),
}


def tag(text: str, table: dict[str, Row]) -> tuple[Entity, ...]:
    taken = [False] * len(text)
    out: list[Entity] = []
    for surface in sorted(table, key=len, reverse=True):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            after_ok = end == len(text) or not text[end].isalpha()
            if after_ok and not any(taken[start:end]):
                typ, name, country, role = table[surface]
                out.append(Entity(surface, start, end, typ, None, name, country, role))
                for x in range(start, end):
                    taken[x] = True
            start = text.find(surface, end)
    return tuple(sorted(out, key=lambda e: e.start))
