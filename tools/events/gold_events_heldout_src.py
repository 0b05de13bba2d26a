"""Held-out hand annotations of events and quotes, written out as tests/gold/events_heldout.jsonl.

Run by hand:  .venv/bin/python tools/events/gold_events_heldout_src.py
Same guidelines as tools/events/gold_events_src.py (tests/events/GOLD.md). Annotated on
2026-11-23 BEFORE the coder was run on these articles, and before any change to the coder made
after the 0.62 development figure. Selection: ant-2018-03 articles of 900-2200 bytes not in
events.jsonl with at least two diplomatic keywords (التقى، اتهم، بحث، زيارة، طالب، أدان، اتصال،
مباحثات، وزير الخارجية), in a fixed shuffled order; the first 20 were read and 18 kept
(FR-internationalNews-302, football, and FR-internationalNews-360, a documentary blurb, dropped as
not political); plus three short ahdath political articles (050, 170, 302). 21 articles in all.
Extra field: "negated": true marks a negated event (not scored).
Do not tune the coder on these; use them only to report held-out figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "tests" / "gold" / "events_heldout.jsonl"


def ev(t: str, s: str, g: str, **kw: Any) -> dict[str, Any]:
    return {"type": t, "source": None if s == "-" else s, "target": None if g == "-" else g, **kw}


def q(speaker: str | None, text: str) -> dict[str, Any]:
    return {"speaker": speaker, "text": text}


MOD_RUS = "Ministry of Defence (Russia)"
GARGASH = "Anwar Gargash"
KHORASANI = "Mohammad Khorasani"

ANT: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    (
        "CN-middleEast-202-20180306",
        [
            ev("REJECT", "SYR", "-"),
            ev("AID", "RUS", "SYR", mode="intend"),
            ev("ASSAULT", "SYR", "-"),
            ev("CONSULT", "SYR", "RUS", negated=True),
        ],
        [
            q("Wael Alwan", 'لم يتلقوا عرض "الخروج الآمن" الذي أعلنت عنه وزارة الدفاع الروسية'),
            q("Wael Alwan", "لا يوجد تواصل مع الروس أبدا، ولم يقدم عرض رسمي"),
            q("Wael Alwan", "الثوار في الغوطة الشرقية ومن ضمنهم فيلق الرحمن يرفضون الخروج من المنطقة"),
            q(MOD_RUS, 'ستحمي "الثوار" الذين سيقبلون بذلك'),
            q(MOD_RUS, "الجيش الروسي سيوفر الحماية والنقل لهم"),
        ],
    ),
    (
        "AL-internationalNews-391-20180307",
        [ev("ACCUSE", "QAT", "QAT")],
        [q("Sultan bin Suhaim Al Thani", "سياسة #قطر الحالية مرفوضة من الداخل والخارج")],
    ),
    (
        "SK-internationalNews-247-20180309",
        [ev("ASSAULT", "USA", "-"), ev("THREATEN", "PAK", "-")],
        [
            q(KHORASANI, "نجل زعيمها الملا فضل الله كان بين 21 قتيلا سقطوا خلال الأسبوع الجاري"),
            q(KHORASANI, "نجل فضل الله يدعى عبد الله"),
            q(KHORASANI, "قتلى الغارة كانوا تلاميذ المؤسسة التعليمية"),
            q(KHORASANI, "21 تلميذا قتلوا في الغارة التي شنت الأربعاء"),
            q(KHORASANI, "طالبان تعتزم شن هجمات انتقامية قريبا"),
        ],
    ),
    ("FR-internationalNews-388-20180312", [], []),
    ("FR-middleEast-153-20180315", [], []),
    (
        "AL-internationalNews-330-20180303",
        [ev("AGREE", "MYS", "USA", date="2018-01")],
        [
            q(None, "عملية البحث عن رحلة شركة طيران الخطوط الجوية الماليزية رقم 370"),
            q("Azharuddin Abdul Rahman", "عملية البحث تسير بسلاسة، ومن المتوقع أن تنتهي في منتصف"),
        ],
    ),
    (
        "CN-middleEast-158-20180303",
        [ev("THREATEN", "ARE", "QAT"), ev("CONSULT", "SAU", "GBR")],
        [
            q(GARGASH, "تكلفة سياسة قطر الحالية على حد تعبيره، عالية للغاية"),
            q(GARGASH, "أزمة قطر حلها خليجي بوابته الرياض"),
            q(GARGASH, "يتضح مجددا أن خروج قطر من أزمتها حلّه خليجي وبوابته الرياض"),
            q(GARGASH, "ومن لندن من الواضح أن الحدث الأكبر والأهم إقليميا هو زيارة الأمير محمد بن سلمان"),
            q(GARGASH, "تدرك دوائر القرار الغربية أن السعودية، القطب الإقليمي المهم"),
        ],
    ),
    (
        "SK-middleEast-189-20180309",
        [
            ev("CONSULT", "SAU", "GBR"),
            ev("SUPPORT", "GBR", "SAU"),
            ev("COOPERATE", "SAU", "GBR", mode="intend"),
            ev("AGREE", "SAU", "GBR"),
            ev("REQUEST", "SAU", "IRN"),
            ev("REQUEST", "GBR", "IRN"),
            ev("SUPPORT", "SAU", "LBN"),
            ev("SUPPORT", "GBR", "LBN"),
        ],
        [],
    ),
    (
        "CN-internationalNews-109-20180313",
        [ev("CONSULT", "USA", "USA", negated=True)],
        [
            q(None, "الوزير ريكس تيلرسون علم بخبر إقالته عبر التغريدة التي نشرها الرئيس الأمريكي"),
            q(None, "تيلرسون لم يتحدث مع الرئيس الأمريكي ولا يعلم بالضبط سبب الإقالة"),
            q(None, "سيشتاق لزملائه في الوزارة ونظرائه من حول العالم"),
            q(None, "ممتن للفرصة التي أتيحت له لخدمة بلاده"),
            q("Donald Trump", "رئيس الاستخبارات المركزية، مايكل بومبيو، سيخلق تيلرسون كوزير للخارجية"),
        ],
    ),
    (
        "CN-middleEast-188-20180305",
        [ev("CONSULT", "LBN", "BRA"), ev("SUPPORT", "LBN", "BRA")],
        [
            q("Gebran Bassil", "بلاده عانت ما يكفي جراء مسألة النزوح السوري"),
            q("Gebran Bassil", "لا يوجد حل سوى عودة النازحين والقضاء الكامل على الإرهاب"),
            q("Gebran Bassil", "البرازيل هذا البلد الذي يعيش فيه أكثر من 7 ملايين متحدر من أصل لبناني"),
        ],
    ),
    (
        "SK-middleEast-269-20180313",
        [ev("CONSULT", "ARE", "JOR"), ev("SUPPORT", "JOR", "ARE")],
        [],
    ),
    (
        "SK-internationalNews-246-20180309",
        [
            ev("PROTEST", "-", "IRN"),
            ev("COERCE", "GBR", "-"),
            ev("ACCUSE", "IRN", "GBR"),
            ev("REQUEST", "IRN", "GBR"),
            ev("ACCUSE", "IRN", "-"),
        ],
        [
            q(None, "تم الاتصال بنا الساعة 16,20 بشأن أربعة متظاهرين كانوا في شرفة سفارة إيران"),
            q(None, "تم توقيف الأربعة نحو الساعة 18,40 بداعي الأضرار بأملاك الغير"),
            q("Abbas Araghchi", "عن احتجاج إيران الشديد إلى السفير البريطاني في طهران"),
        ],
    ),
    (
        "AL-internationalNews-356-20180305",
        [ev("CONSULT", "USA", "VNM"), ev("MOBILIZE", "CHN", "-"), ev("ACCUSE", "WST", "CHN")],
        [],
    ),
    ("FR-internationalNews-270-20180305", [ev("CONSULT", "SAU", "EGY")], []),
    (
        "CN-internationalNews-113-20180313",
        [ev("COERCE", "USA", "PRK")],
        [q("Rex Tillerson", "سينقل صلاحياته اعتبارا من منتصف الليلة، إلى نائبه")],
    ),
    (
        "CN-middleEast-199-20180306",
        [ev("AID", "RUS", "SYR", mode="intend"), ev("ASSAULT", "SYR", "-")],
        [
            q(MOD_RUS, 'ستحمي "الثوار" الذين سيقبلون بذلك'),
            q(MOD_RUS, "الجيش الروسي سيوفر الحماية والنقل لهم"),
            q("Vladimir Zolotukhin", "في هذه المرة تم فتح ممر ليس فقط للمدنيين في الغوطة الشرقية"),
            q("Vladimir Zolotukhin", "اليوم اعتبارا من الساعة 9 حتى 14 بدأت هدنة إنسانية ثامنة"),
        ],
    ),
    (
        "SK-middleEast-214-20180310",
        [ev("CONSULT", "EGY", "SDN")],
        [q("Abbas Kamel", "هناك إرادة قوية على السير في طريق تهيئة كل الظروف")],
    ),
    (
        "SK-middleEast-208-20180310",
        [ev("REQUEST", "ARE", "TUR"), ev("ACCUSE", "ARE", "TUR")],
        [
            q(GARGASH, "التعرض للدول العربية الرئيسية، ودعم حركات مؤدلجة تسعى لتغيير الأنظمة"),
            q(GARGASH, "العالم العربي لن يقاد من جواره"),
            q(GARGASH, "العلاقات العربية التركية ليست في أحسن حالاتها"),
            q(GARGASH, "لعودة التوازن، على أنقرة أن تراعي السيادة العربية"),
        ],
    ),
]

AHDATH: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    (
        "050",
        [ev("CONSULT", "MAR", "MAR", mode="intend")],
        [
            q("Saadeddine Othmani", "سيشرع في بدء مشاورات تشكيل الحكومة مع جميع الأحزاب السياسية"),
            q("Saadeddine Othmani", "بعد لقاء الأمانة العامة لحزب المصباح، يوم الأحد 19 مارس"),
        ],
    ),
    (
        "170",
        [],
        [
            q(None, "ما روجته بعض الأوساط من أخبار عن إرغام رؤساء مكاتب التصويت"),
            q(None, "ما أثير في هذا الشأن هو"),
        ],
    ),
    (
        "302",
        [],
        [
            q("Ahmed Toufiq", "705 مسجدا من مجموع المساجد المغلقة قد تم تأهيلها"),
            q("Ahmed Toufiq", "وزارته خصصت سنة 2016 حوالي 756 مليون درهم"),
        ],
    ),
]


def records() -> list[dict[str, Any]]:
    out = [
        {"source": f"ant-2018-03/{name}.txt", "part": 0, "events": evs, "quotes": qs}
        for name, evs, qs in ANT
    ]
    out += [
        {"source": f"ahdath/{name}.txt", "part": 0, "events": evs, "quotes": qs}
        for name, evs, qs in AHDATH
    ]
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
