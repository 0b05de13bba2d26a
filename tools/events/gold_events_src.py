"""Hand annotations of events and quotes, written out as tests/gold/events.jsonl.

Run by hand:  .venv/bin/python tools/events/gold_events_src.py
Guidelines (tests/events/GOLD.md): one entry per distinct (type, source country, target country)
told in the article body (title excluded), intended and hypothetical events included (with mode);
"-" where the text names no country for that side; symmetric events (meet, agree) in the order of
their first telling; several participants of one event give one event per pair. Quotes: direct
quotes of three words or more and reported speech after a speech verb with إن/أن; speaker is the
knowledge base's English name, null when the text does not name the speaker.
The seed pages were read during development; the ant-2018-03 and ahdath articles were annotated
before the coder was run on them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "tests" / "gold" / "events.jsonl"


def ev(t: str, s: str, g: str, **kw: Any) -> dict[str, Any]:
    return {"type": t, "source": None if s == "-" else s, "target": None if g == "-" else g, **kw}


def q(speaker: str | None, text: str) -> dict[str, Any]:
    return {"speaker": speaker, "text": text}


PHONE = ["UKR", "FRA", "DEU", "GBR", "POL", "USA"]
MFA_RUS = "Ministry of Foreign Affairs (Russia)"

GOLD: list[dict[str, Any]] = [
    {
        "source": "seeds/000_06ddb654909b3257.txt",
        "part": 0,
        "given_published": "2024-03-14",
        "events": [
            ev("CONSULT", "RUS", "TUR", date="2024-03"),
            ev("REQUEST", "RUS", "WST"),
            ev("REQUEST", "RUS", "UKR"),
            ev("AGREE", "RUS", "TUR"),
            ev("CONSULT", "TUR", "RUS", mode="intend"),
            ev("CONSULT", "TUR", "UKR", mode="intend"),
            ev("CONSULT", "RUS", "UKR", mode="intend"),
            ev("CONSULT", "RUS", "-", mode="intend"),
        ],
        "quotes": [
            q(MFA_RUS, "الجانبين بحثا الأزمة الأوكرانية وآفاق التسوية السياسية والدبلوماسية"),
            q(MFA_RUS, "الجانبين قارنا وجهات نظرهما حول الوضع في منطقة القوقاز"),
            q(MFA_RUS, "تم إجراء تقييم واقعي لمدى التفاعل مع دول آسيا الوسطى"),
            q("Vladimir Putin", "لا يجب أن تكون هذه المفاوضات فرصة للعدو لإعادة التسلح"),
        ],
    },
    {
        "source": "seeds/000_06ddb654909b3257.txt",
        "part": 1,
        "given_published": "2024-03-14",
        "events": [
            ev("AGREE", "UKR", "RUS", quantity=1000),
            ev("CONSULT", "UKR", "RUS"),
            ev("CONSULT", "TUR", "UKR"),
            ev("CONSULT", "TUR", "RUS"),
            ev("REQUEST", "UKR", "RUS"),
            ev("AGREE", "RUS", "UKR"),
            ev("CONSULT", "UKR", "TUR"),
        ]
        + [ev("CONSULT", a, b) for n, a in enumerate(PHONE) for b in PHONE[n + 1 :]],
        "quotes": [
            q(
                "Rustem Umerov",
                "الاجتماع ناقش قضايا وقف إطلاق النار وتبادل الأسرى واجتماع محتمل على مستوى القادة",
            ),
            q("Rustem Umerov", "توصلوا إلى اتفاق مع روسيا بشأن تبادل ألف أسير مقابل ألف أسير"),
            q("Rustem Umerov", "الآن نحتاج إلى تبادل الأسرى. سنبلغكم قريبا بالمرحلة التالية"),
            q("Hakan Fidan", "المسؤولين الأوكرانيين والروس الذين عقدوا محادثات مباشرة في قصر دولما بهتشة"),
            q("Hakan Fidan", "البلدين اتفقا على تبادل ألف أسير حرب لكل منهما في خطوة تهدف إلى بناء الثقة"),
            q("Hakan Fidan", "الوفدين سيتبادلان كذلك كتابيا شروطهما للتوصل إلى وقف لإطلاق النار"),
            q("Vladimir Medinsky", "بلاده راضية عن نتائج المفاوضات مع أوكرانيا ومستعدة لمواصلة المحادثات"),
            q("Vladimir Medinsky", "المفاوضات المباشرة مع الجانب الأوكراني قد انتهت"),
            q(
                "Vladimir Medinsky",
                "ستُجرى عملية تبادل واسعة للأسرى تشمل ألف سجين مقابل ألف شخص خلال الأيام المقبلة",
            ),
            q("Vladimir Medinsky", "طلب الجانب الأوكراني إجراء محادثات مباشرة على مستوى القادة"),
            q("Vladimir Putin", "دون أي شروط مسبقة"),
        ],
    },
    {
        "source": "seeds/001_1e98b3542325010d.txt",
        "part": 0,
        "given_published": "2025-02-24",
        "events": [
            ev("SUPPORT", "RUS", "USA"),
            ev("SUPPORT", "TUR", "USA"),
            ev("CONSULT", "TUR", "UKR", mode="intend"),
            ev("CONSULT", "TUR", "RUS", mode="intend"),
            ev("CONSULT", "RUS", "TUR"),
            ev("CONSULT", "UKR", "RUS", mode="hypothetical"),
            ev("CONSULT", "USA", "RUS", date="2025-02-18"),
            ev("AGREE", "USA", "RUS"),
            ev("CONSULT", "UKR", "TUR"),
            ev("CONSULT", "RUS", "UKR", date="2022-04"),
            ev("AID", "TUR", "UKR"),
            ev("COERCE", "TUR", "RUS"),
            ev("ACCUSE", "RUS", "WST"),
        ],
        "quotes": [
            q("Ankara", "على استعداد لاستضافة محادثات السلام المستقبلية مع أوكرانيا"),
            q("Hakan Fidan", "مع دخولنا السنة الرابعة من الحرب ، هناك مبادرة أطلقتها الولايات المتحدة"),
            q("Hakan Fidan", "في هذا الإطار ، نحن على استعداد للمساهمة في جميع أشكال الدعم"),
            q("Marco Rubio", "واشنطن وموسكو وافقتا على البدء في العمل من أجل إنهاء الحرب في أوكرانيا"),
            q("Hakan Fidan", "نعتبر مبادرة الولايات المتحدة الجديدة كنهج موجه نحو النتيجة"),
            q("Sergey Lavrov", "بلاده تقدر بشدة قناة الحوار التي وضعت مع الولايات المتحدة"),
            q("Sergey Lavrov", "لقد أبلغنا أصدقائنا الأتراك بالتفصيل حول محادثات روسيا والولايات المتحدة"),
            q("Sergey Lavrov", "الجانبين قد اقتربوا من اتفاق في اسطنبول"),
            q("Sergey Lavrov", "كنا على وشك اتفاق خلال محادثات اسطنبول"),
            q("Sergey Lavrov", "البلدين يخططان لعقد اجتماع حول القضية في وقت لاحق من هذا الأسبوع"),
            q("Sergey Lavrov", "في الأسبوع الماضي ، تم عقد اجتماعين على المستوى الفني حول هذا القضية"),
            q("Sergey Lavrov", "هذا الأسبوع ، ستجري مشاورات أكثر شمولاً"),
        ],
    },
    # --- ant-2018-03 (annotated before running the coder on them) ---
    {
        "source": "ant-2018-03/AL-internationalNews-272-20180301.txt",
        "part": 0,
        "events": [ev("ASSAULT", "SOM", "-")],
        "quotes": [
            q(None, "الحركة نفذت هجوماً انتحارياً بسيارة ملغمة على نقطة أمنية"),
            q("Abdullah Nur", "الانفجار تسبب في سقوط ضحايا"),
        ],
    },
    {
        "source": "ant-2018-03/SK-middleEast-262-20180313.txt",
        "part": 0,
        "events": [ev("ASSAULT", "-", "-"), ev("ASSAULT", "IRQ", "YEM")],
        "quotes": [
            q(None, "الحادث وقع في منطقة الدرين بالمنصورة، شمالي مدينة عدن"),
            q(None, "عدد القتلى والجرحى بلغ 5 أشخاص"),
        ],
    },
    {
        "source": "ant-2018-03/AL-internationalNews-405-20180309.txt",
        "part": 0,
        "events": [ev("ASSAULT", "-", "-")],
        "quotes": [
            q("Najib Danish", "انتحاريا فجر نفسه في حي بالعاصمة الأفغانية"),
            q("Najib Danish", "استشهد 7 أشخاص في التفجير وأصيب 7 آخرون بجروح"),
            q(None, "تفجيرا انتحارياً فيما يبدو استهدف مسجدا بالعاصمة"),
        ],
    },
    {
        "source": "ant-2018-03/SK-internationalNews-320-20180313.txt",
        "part": 0,
        "events": [ev("ACCUSE", "USA", "IRN")],
        "quotes": [
            q("Donald Trump", "إيران تقف خلف كل المشاكل في الشرق الأوسط"),
            q("Donald Trump", "الولايات المتحدة تقوم بالتعامل مع الملف الإيراني بشكل جدي"),
            q("Donald Trump", "نحن نعمل مع شركائنا وحلفائنا لقطع الطريق على إيران"),
            q("Donald Trump", "أسوأ اتفاق رآه في حياته هو الاتفاق النووي مع إيران"),
        ],
    },
    {
        "source": "ant-2018-03/SK-middleEast-310-20180315.txt",
        "part": 0,
        "events": [ev("AGREE", "SYR", "-")],
        "quotes": [
            q("İbrahim Kalın", "جهاز المخابرات الوطنية التركي (إم.آي.تي) يعمل على إخراج مسلحي"),
            q("İbrahim Kalın", "تركيا لا تريد وجود منظمة متشددة في الغوطة الشرقية"),
            q(None, 'وافقت على إجلاء مسحلي "جبهة النصرة"'),
        ],
    },
    {
        "source": "ant-2018-03/SK-middleEast-308-20180315.txt",
        "part": 0,
        "events": [ev("ASSAULT", "ISR", "PSE"), ev("ASSAULT", "-", "-")],
        "quotes": [
            q(None, "عبوات ناسفة انفجرت على السياج الحدودي شمالي قطاع غزة دون وقوع إصابات"),
            q(None, "دبابات إسرائيلية ردت بقصف مواقع لحركة حماس"),
            q(None, "خمسة قذائف إسرائيلية استهدفت مواقع في حي الشجاعية"),
            q(None, "القصف الإسرائيلي تجدد على مواقع فلسطينية شرقي مخيم جباليا"),
        ],
    },
    {
        "source": "ant-2018-03/SK-middleEast-195-20180309.txt",
        "part": 0,
        "events": [ev("ASSAULT", "RUS", "-"), ev("ASSAULT", "SYR", "-"), ev("ASSAULT", "SYR", "SYR")],
        "quotes": [
            q(None, "ما لا يقل عن 15 مدنياً، قتلوا فيما أصيب العشرات بغارات جوية روسية وسورية"),
            q(None, "المدنيين قتلوا بقصف سوري بالبراميل المتفجرة وغارات روسية"),
        ],
    },
    {
        "source": "ant-2018-03/SK-middleEast-242-20180312.txt",
        "part": 0,
        "events": [ev("SUPPORT", "EGY", "SSD"), ev("CONSULT", "EGY", "SSD"), ev("CONSULT", "EGY", "KEN")],
        "quotes": [],
    },
    {
        "source": "ant-2018-03/BB-internationalNews-101-20180305.txt",
        "part": 0,
        "events": [
            ev("ACCUSE", "RUS", "USA"),
            ev("ACCUSE", "USA", "RUS"),
            ev("REJECT", "RUS", "USA"),
            ev("COERCE", "USA", "RUS"),
        ],
        "quotes": [
            q("Sergei Ryabkov", "موسكو لديها أدلة على أن الولايات المتحدة تحاول التدخل"),
            q("Sergei Ryabkov", "الولايات المتحدة تحاول بث الفوضى فى روسيا"),
        ],
    },
    {
        "source": "ant-2018-03/BB-internationalNews-141-20180312.txt",
        "part": 0,
        "events": [ev("ACCUSE", "GBR", "RUS"), ev("REQUEST", "GBR", "RUS")],
        "quotes": [
            q("Theresa May", "من المرجح أن تكون روسيا مسؤولة عن الاعتداء على الجاسوس السابق"),
            q("Theresa May", "غاز الأعصاب الذي استخدم في محاولة تسميم سكريبل من نوعية الغازات"),
            q("Theresa May", "غاز الأعصاب الذي استخدم في الاعتداء جزء من مجموعة تعرف باسم"),
            q("Theresa May", "وزير خارجيتها بوريس جونسون أبلغ السفير الروسي ضرورة أن تقدم موسكو"),
        ],
    },
    {
        "source": "ant-2018-03/CN-internationalNews-104-20180312.txt",
        "part": 0,
        "events": [ev("ACCUSE", "GBR", "RUS"), ev("REQUEST", "GBR", "RUS")],
        "quotes": [
            q("Theresa May", 'موسكو "على الأغلب" تقف وراء تسميم الجاسوس الروسي السابق'),
            q("Theresa May", "وزير الخارجية البريطاني، بوريس جونسون، استدعى السفير الروسي لبريطانيا"),
            q("Theresa May", "حكومتها تريد إجابة من الدولة الروسية بنهاية غد الثلاثاء"),
        ],
    },
    {
        "source": "ant-2018-03/CN-internationalNews-80-20180309.txt",
        "part": 0,
        "events": [ev("CONSULT", "USA", "PRK", mode="intend"), ev("AGREE", "USA", "PRK")],
        "quotes": [
            q(None, "الرئيس الأمريكي، دونالد ترامب قال إنه سيقابل زعيم كوريا الشمالية"),
            q("Donald Trump", "سيقابل زعيم كوريا الشمالية، كيم جونغ أون بحلول مايو"),
            q(None, "ترامب وافق على مقابلة كيم جونغ أون"),
            q(None, "قبول الدعوة ومقابلة الشخص الوحيد الذي يمكنه بالفعل اتخاذ القرارات يعتبر أمرا منطقيا"),
            q(None, "جزي من سبب انتخاب ترامب هو قابليته لاتخاذ المبادرات"),
        ],
    },
    {
        "source": "ant-2018-03/CN-middleEast-255-20180313.txt",
        "part": 0,
        "events": [
            ev("CONSULT", "SAU", "USA", mode="intend"),
            ev("CONSULT", "SAU", "GBR"),
            ev("SUPPORT", "SAU", "GBR"),
        ],
        "quotes": [
            q("White House", "ولي العهد السعودي، الأمير محمد بن سلمان، سيلتقي الرئيس الأمريكي"),
            q("White House", "اللقاء سيتضمن مناقشة السبل المختلفة لتقوية العلاقات"),
        ],
    },
    {
        "source": "ant-2018-03/AL-internationalNews-366-20180306.txt",
        "part": 0,
        "events": [ev("AGREE", "KOR", "PRK"), ev("CONSULT", "KOR", "PRK", mode="intend")],
        "quotes": [
            q("South Korea", "اتفقت مع جارتها الشمالية على عقد محادثات قمة"),
            q(None, 'البلدين اتفقا على إنشاء "خط هاتفي ساخن" بين الزعيمين'),
            q("Chung Eui-yong", "كوريا الشمالية أوضحت أيضاً أنها ليس بحاجة للإبقاء على أسلحتها"),
        ],
    },
    {
        "source": "ant-2018-03/CN-middleEast-169-20180304.txt",
        "part": 0,
        "events": [ev("CONSULT", "SAU", "EGY"), ev("CONSULT", "EGY", "SAU")],
        "quotes": [
            q("Bassam Radi", "الزيارة تعتبر محطة تاريخية وإضافية في مسيرة العلاقات الثنائية"),
            q("Bassam Radi", "المملكة لها تاريخ طويل من دعم ومساندة مصر"),
            q("Bassam Radi", "الزيارة ستستمر لثلاثة أيام وسيكون هناك بعض الزيارات الميدانية"),
        ],
    },
    {
        "source": "ant-2018-03/CN-middleEast-201-20180306.txt",
        "part": 0,
        "events": [ev("CONSULT", "BHR", "USA"), ev("SUPPORT", "BHR", "USA")],
        "quotes": [q("Hamad bin Isa Al Khalifa", "حل الأزمة الخليجية التي تشهدها بلاده إلى جانب السعودية والإمارات")],
    },
    {
        "source": "ant-2018-03/SK-middleEast-252-20180312.txt",
        "part": 0,
        "events": [ev("REQUEST", "USA", "-"), ev("ACCUSE", "USA", "SYR", mode="hypothetical")],
        "quotes": [
            q(None, "الولايات المتحدة دعت إلى عقد اجتماع عاجل في الأردن"),
            q(None, "إذا صحت هذه التقارير فإن هذا يمثل انتهاكا صريحا من قبل الحكومة السورية"),
            q(None, "نحث كل الأطراف في منطقة عدم التصعيد بجنوب غرب البلاد"),
            q(None, "دعينا إلى اجتماع عاجل في الأردن لمراجعة الوضع في جنوب غرب سوريا"),
        ],
    },
    {
        "source": "ant-2018-03/AL-internationalNews-298-20180302.txt",
        "part": 0,
        "events": [ev("COERCE", "TUR", "-")],
        "quotes": [
            q(None, "النيابة العامة في أنقرة كانت قد أصدرت قرارات توقيف بحق 7 أشخاص"),
            q(None, "عناصر من فرع مكافحة الإرهاب، التابع لمديرية أمن أنقرة، ألقت القبض"),
            q(None, "قوات الأمن ضبطت في منازل المشتبهين، وثائق تابعة للنصرة ومواد رقمية"),
        ],
    },
    {
        "source": "ant-2018-03/CN-middleEast-237-20180310.txt",
        "part": 0,
        "events": [ev("REQUEST", "ARE", "TUR"), ev("ACCUSE", "ARE", "TUR")],
        "quotes": [
            q("Anwar Gargash", 'العلاقات العربية التركية "ليست في أحسن حالاتها"'),
            q("Anwar Gargash", 'العالم العربي "لن يُقاد من جواره"'),
            q("Anwar Gargash", "لا يخفى على المراقب أن العلاقات العربية التركية ليست في أحسن حالاتها"),
            q("Anwar Gargash", "التعرض للدول العربية الرئيسية ودعم حركات مؤدلجة تسعى لتغيير الأنظمة"),
            q("Anwar Gargash", "العالم العربي لن يقاد من جواره، وظروفه الراهنة لن تبقى دائمة"),
        ],
    },
    {
        "source": "ant-2018-03/BB-middleEast-183-20180313.txt",
        "part": 0,
        "events": [ev("ASSAULT", "-", "PSE"), ev("ACCUSE", "PSE", "PSE")],
        "quotes": [
            q("Mahmoud Abbas", "حركة حماس مسؤولية الهجوم الجبان على موكب الحمد الله"),
            q("Nabil Abu Rudeineh", "الاعتداء على موكب حكومة الوفاق اعتداء على وحدة الشعب الفلسطيني"),
        ],
    },
    {
        "source": "ant-2018-03/SK-middleEast-256-20180313.txt",
        "part": 0,
        "events": [ev("REQUEST", "UN", "IRN")],
        "quotes": [],
    },
    {
        "source": "ant-2018-03/AL-internationalNews-363-20180306.txt",
        "part": 0,
        "events": [ev("ASSAULT", "YEM", "YEM")],
        "quotes": [
            q(None, "القيادي الحوثي، يوسف علي الشامي، قُتل مع عدد من عناصر الميليشيات"),
            q(None, "قوات الجيش تمكنت من السيطرة على مواقع جديدة في المنطقة"),
        ],
    },
    {
        "source": "ant-2018-03/SK-middleEast-276-20180313.txt",
        "part": 0,
        "events": [ev("ACCUSE", "USA", "YEM"), ev("AID", "IRN", "YEM")],
        "quotes": [
            q("Joseph Votel", "ميليشيا الحوثي تحصل على الأسلحة من إيران"),
            q("Joseph Votel", "ميليشيا الحوثي المدعومة من إيران هي المسؤولة عن الكارثة الإنسانية في اليمن"),
            q("Joseph Votel", "على واشنطن إيجاد طرق جديدة لمواجهة البرنامج النووي الإيراني"),
            q("Joseph Votel", "النظام السوري يربح الحرب"),
            q("Joseph Votel", "لا يعرف إن كانت السياسة الأميركية هي مع رحيل الرئيس السوري بشار الأسد"),
            q("Joseph Votel", "تعليمات القوات الأميركية في سوريا تقتصر على محاربة داعش"),
            q("Joseph Votel", "ليس هناك أي تعليمات لوقف التوسع الإيراني في سوريا"),
        ],
    },
    {
        "source": "ant-2018-03/AL-internationalNews-282-20180301.txt",
        "part": 0,
        "events": [ev("ASSAULT", "YEM", "YEM")],
        "quotes": [
            q(None, "ميليشيا الحوثي أقدمت على قتل أحد عناصرها في مديرية مقبنة"),
            q(None, "الحوثيين قاموا بتصفية أحد عناصرهم، ويدعى فؤاد علي ثابت"),
        ],
    },
    {
        "source": "ant-2018-03/SK-middleEast-253-20180312.txt",
        "part": 0,
        "events": [
            ev("CONSULT", "USA", "SAU", mode="intend"),
            ev("CONSULT", "SAU", "EGY"),
            ev("SUPPORT", "SAU", "EGY"),
            ev("CONSULT", "SAU", "GBR"),
        ],
        "quotes": [
            q("White House", "الرئيس الأميركي دونالد ترامب، سيستقبل ولي العهد السعودي"),
            q("Sarah Sanders", "يتطلع الرئيس إلى مناقشة سبل تعزيز العلاقات بين الولايات المتحدة والسعودية"),
        ],
    },
    # --- ahdath (no date in the files) ---
    {
        "source": "ahdath/215.txt",
        "part": 0,
        "events": [ev("SUPPORT", "OIC", "MAR"), ev("REQUEST", "OIC", "-")],
        "quotes": [],
    },
    {
        "source": "ahdath/311.txt",
        "part": 0,
        "events": [ev("COERCE", "IRQ", "-"), ev("ASSAULT", "-", "IRQ")],
        "quotes": [
            q("Ministry of the Interior (Iraq)", "التحقيقات جارية مع المتهم، للتوصل إلى كافة التفاصيل"),
            q("Saad Maan", "إنه تم إلقاء القبض على المتهم، وستتخذ إجراءات سريعة خلال 48 ساعة"),
        ],
    },
    {
        "source": "ahdath/019.txt",
        "part": 0,
        "events": [ev("ASSAULT", "-", "-")],
        "quotes": [
            q(None, "متشددين قطعوا رؤوس أربعة أشخاص في شبه جزيرة سيناء المضطربة"),
            q(None, "المسلحين هاجموا مجموعة من الأشخاص في بلدة بئر العبد"),
            q("Associated Press", "المسؤولين تحدثوا شريطة عدم الكشف عن هويتهم"),
        ],
    },
]


def main() -> int:
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in GOLD:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(GOLD)} articles -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
