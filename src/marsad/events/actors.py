"""Sentences as tokens, entity mentions grouped into actors and places.

An *actor group* is a run of adjacent mentions that name one actor: a title
noun, a demonym and a name ("نائب وزير الخارجية الروسي ميخائيل غالوزين" is
a generic "وزير", the GPE "الروسي" and the PERSON "ميخائيل غالوزين"). The
group's actor is its most specific member (a person beats an organization
beats a country) with the country and sector any member gives.

A *place* is a GPE/LOC/FAC mention introduced as a location ("في إسطنبول",
"بأنقرة", "زيارته لأنقرة", "مدينة إسطنبول"); LOC and FAC are always places.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from marsad.events.lexicon import WORD, Lexicon, all_cores
from marsad.normalize import Sentence, normalize, normalize_with_offsets
from marsad.records import Actor, Entity, Place

_PLACE_PREV = frozenset(
    {
        "في",
        "وفي",
        "بمدينه",
        "مدينه",
        "العاصمه",
        "بالعاصمه",
        "مدينة",
        "داخل",
        "قرب",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "ضاحيه",
        "بلده",
        "منطقه",
    }
)
_MOTION = ("زيار", "وصل", "توجه", "قدوم", "القدوم", "رحل", "عاد", "سافر")
_DEMONYM = re.compile(r"^(?:و|ف)?(?:ال|لل|بال).+(?:ي|يه|يين|يون|يتين|يان)$")
_JOIN_GAP = re.compile(r"^[\s,،]*$")
_DATELINE = re.compile(r"\s*[)»\"]\s*(?:—|–|--|-|ـ|:)")
_SIDES = frozenset(
    {
        "الجانبين",
        "الجانبان",
        "الطرفين",
        "الطرفان",
        "البلدين",
        "البلدان",
        "الوفدين",
        "الوفدان",
        "الجانب",
        "الطرف",
        "الوفد",
        "الوفود",
        "المسؤولين",
    }
)
_RANK = {"PERSON": 0, "ORG": 1, "GENERIC": 3, "GPE": 4}


@dataclass(frozen=True, slots=True)
class Token:
    norm: str
    start: int  # article offsets
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    type: str  # PERSON ORG GPE LOC FAC GENERIC
    start: int
    end: int
    i: int  # first token index
    j: int  # last token index
    entity: Entity | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Group:
    members: tuple[Mention, ...]
    actor: Actor

    @property
    def i(self) -> int:
        return self.members[0].i

    @property
    def j(self) -> int:
        return self.members[-1].j

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end


@dataclass(frozen=True, slots=True)
class Analysed:
    """One sentence ready for the coders."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    groups: tuple[Group, ...]
    places: tuple[tuple[Mention, Place], ...]
    adjectives: tuple[Group, ...] = ()  # demonyms qualifying a thing ("غارات روسية"), not actors


def tokenize(sent: Sentence) -> tuple[Token, ...]:
    norm = normalize_with_offsets(sent.text)
    base, offsets = sent.start, norm.offsets
    if offsets is None:  # nothing deleted: normalized offsets are the sentence's (Normalized.to_original)
        return tuple([Token(m.group(), base + m.start(), base + m.end()) for m in WORD.finditer(norm.text)])
    # WORD matches are never empty: to_original(s, e) is (offsets[s], offsets[e - 1] + 1)
    return tuple([Token(m.group(), base + offsets[m.start()], base + offsets[m.end() - 1] + 1)
                  for m in WORD.finditer(norm.text)])


def _token_span(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int] | None:
    idx = [k for k, t in enumerate(tokens) if t.end > start and t.start < end]
    return (idx[0], idx[-1]) if idx else None


def is_demonym(e: Entity) -> bool:
    return e.type == "GPE" and bool(_DEMONYM.match(normalize(e.text).replace(" ", "")))


def _is_place(e: Entity, tokens: tuple[Token, ...], i: int, text: str) -> bool:
    if e.type in ("LOC", "FAC"):
        return True
    if e.type != "GPE" or is_demonym(e):
        return False
    at_top = not text[: tokens[0].start].strip()  # the article's first sentence
    if (
        at_top
        and i <= 3
        and any(c in text[e.end : e.end + 40] for c in "–—(")
        and not any(c in text[max(0, tokens[0].start) : e.start] for c in "–—)")
    ):
        return True  # a dateline: "أنقرة – ...", "دبي، الإمارات العربية المتحدة (CNN)— ..."
    clitic = normalize(text[tokens[i].start : e.start])
    prev = tokens[i - 1].norm if i > 0 else ""
    prev = prev[1:] if prev.startswith("و") and prev[1:] in _PLACE_PREV else prev
    if clitic.endswith("ب") or prev in _PLACE_PREV:
        return True
    if clitic.endswith("ل") or prev in ("الي", "نحو"):
        near = " ".join(t.norm for t in tokens[max(0, i - 3) : i + 1])
        return any(m in near for m in _MOTION)
    return False


def sector_of(members: tuple[Mention, ...], lex: Lexicon) -> str | None:
    for m in members:
        e = m.entity
        for text in (e.role, e.name_en if e.type == "ORG" else None) if e else ():
            if text:
                low = text.lower()
                for pat, sector in lex.sectors_en:
                    if pat in low:
                        return sector
    for m in members:
        if m.sector:
            return m.sector
    return None


def _actor(members: tuple[Mention, ...], titles: tuple[str, ...], lex: Lexicon) -> Actor:
    named = [m for m in members if m.entity and (m.entity.name_en or m.entity.kb_id) and m.type == "PERSON"]
    ranked = sorted(members, key=lambda m: (_RANK.get(m.type, 5), m.start))
    head = named[0] if named else ranked[0]
    country = head.entity.country if head.entity else None
    if not country:
        country = next((m.entity.country for m in members if m.entity and m.entity.country), None)
    if not country and head.entity and head.entity.name_en:
        country = lex.igos.get(head.entity.name_en)  # "الاتحاد الأوروبي" -> EU (data/events/igos.tsv)
    sector = sector_of(members, lex) or next((lex.sectors_ar[t] for t in titles if t in lex.sectors_ar), None)
    if head.type == "GPE" and len(members) == 1 and not titles:
        sector = None
    e = head.entity
    return Actor(name_en=e.name_en if e else None, kb_id=e.kb_id if e else None, country=country, sector=sector)


def _generic(tokens: tuple[Token, ...], lex: Lexicon, taken: set[int]) -> list[Mention]:
    out = []
    for k, t in enumerate(tokens):
        if k in taken:
            continue
        cut, word = _title_clitic(t.norm, lex)
        if word is not None:
            out.append(Mention("GENERIC", t.start + cut, t.end, k, k, None, lex.sectors_ar[word]))
    return out


_CLITICS = ("", "و", "ف", "ل", "ب", "ول", "وب", "لل", "بال", "ولل", "وبال")


def _title_clitic(norm: str, lex: Lexicon) -> tuple[int, str | None]:
    """Letters before a sector word ("و", "ل" of "لنظيره", "ول" of "وللرئيس") and the word itself."""
    return _title_forms(lex.sectors_ar).get(norm, (0, None))


_FORMS: dict[int, tuple[dict[str, str], dict[str, tuple[int, str]]]] = {}


def _title_forms(sectors: dict[str, str]) -> dict[str, tuple[int, str]]:
    """Every written form of a sector word with its clitics -> (letters cut, word); the first
    clitic of ``_CLITICS`` that reads a form wins. Built once per table (the table is kept
    alongside, so that its id names it)."""
    got = _FORMS.get(id(sectors))
    if got is not None and got[0] is sectors:
        return got[1]
    forms: dict[str, tuple[int, str]] = {}
    for pre in _CLITICS:
        for word in sectors:
            if len(word) <= 2:
                continue
            if pre.endswith(("لل", "بال")):
                if word.startswith("ال"):
                    cut = len(pre) - 1 if pre.endswith("لل") else len(pre) - 2
                    forms.setdefault(pre + word[2:], (cut, word))
            else:
                forms.setdefault(pre + word, (len(pre), word))
    if len(_FORMS) > 4:
        _FORMS.clear()
    _FORMS[id(sectors)] = (sectors, forms)
    return forms


def collective_form(word: str, lex: Lexicon) -> str | None:
    """The collectives.tsv form a token stands for ("وللغرب" -> "الغرب"), or None."""
    if word[:1] in ("و", "ف") and word[1:] not in lex.collectives:
        word = word[1:]
    for cand in (word, word[1:], "ال" + word[2:] if word.startswith("لل") else "", "ال" + word[3:]):
        if cand in lex.collectives and (cand == word or word.startswith(("ب", "ل"))):
            return cand
    return None


def _collective(tokens: tuple[Token, ...], text: str, lex: Lexicon, taken: set[int]) -> list[Mention]:
    """Collective actors ("الغرب", "القوات الغربية") as GPE mentions with the table's code."""
    out = []
    for k, t in enumerate(tokens):
        form = None if k in taken else collective_form(t.norm, lex)
        if form is None:
            continue
        code, name = lex.collectives[form]
        e = Entity(text=text[t.start : t.end], start=t.start, end=t.end, type="GPE", name_en=name, country=code)
        out.append(Mention("GPE", t.start, t.end, k, k, e))
    return out


def _mergeable(a: list[Mention], b: Mention, gap: str) -> bool:
    if not _JOIN_GAP.match(gap):
        # "وزير الدولة الإماراتي": a title, one word of its own, then the demonym
        one_word = len(gap.split()) == 1 and not any(c in gap for c in ",،.:؛")
        return one_word and a[-1].type == "GENERIC" and b.entity is not None and is_demonym(b.entity)
    last = a[-1]
    if b.type == "GENERIC" and last.type == "GPE" and not (last.entity and is_demonym(last.entity)):
        return False  # "اتهمت روسيا القوات الغربية": a country name ends its phrase, a title starts one
    if ("," in gap or "،" in gap) and not (
        b.type == "PERSON" and all(m.type != "PERSON" or not (m.entity and m.entity.name_en) for m in a)
    ):
        return False
    country_name = last.type == "GPE" and not (last.entity and is_demonym(last.entity))
    if country_name and b.type == "ORG":
        return False  # "وتدعم الولايات المتحدة وحدات حماية الشعب": a country name takes no organization after it
    for m in a:
        igo = m.type == "ORG" and m.entity and m.entity.name_en and not m.entity.country
        if igo and b.type == "GPE" and not (b.entity and is_demonym(b.entity)):
            return False  # "دعت الأمم المتحدة إيران": two actors
        if (
            m.type == b.type == "GPE"
            and not (m.entity and is_demonym(m.entity))
            and not (b.entity and is_demonym(b.entity))
        ):
            return False
        if (
            m.type == b.type == "PERSON"
            and m.entity
            and b.entity
            and m.entity.name_en
            and b.entity.name_en
            and m.entity.name_en != b.entity.name_en
        ):
            return False
    return True


_AFFILIATED = frozenset({"التابع", "التابعه", "التابعين", "التابعون", "التابعتين", "التابعان"})


def _definite_head(last: Mention, b: Mention, text: str) -> bool:
    """A definite title ("المجلس", "الحكومة") takes no genitive: "وحث المجلس طهران" is two actors
    (a country name after it is the object), unlike "وزير خارجية روسيا" or "المجلس الروسي"."""
    if last.type != "GENERIC" or b.type != "GPE" or (b.entity is not None and is_demonym(b.entity)):
        return False
    return normalize(text[last.start : last.end]).removeprefix("و").startswith("ال")


def analyse(sent: Sentence, text: str, entities: tuple[Entity, ...], lex: Lexicon) -> Analysed:
    """Tokens, actor groups and places of one sentence of ``text``."""
    tokens = tokenize(sent)
    mentions: list[Mention] = []
    places: list[tuple[Mention, Place]] = []
    taken: set[int] = set()
    for e in entities:
        if e.start < sent.start or e.end > sent.end:
            continue
        span = _token_span(tokens, e.start, e.end)
        if span is None:
            continue
        m = Mention(e.type, e.start, e.end, span[0], span[1], e)
        taken.update(range(span[0], span[1] + 1))
        if _is_place(e, tokens, span[0], text):
            places.append((m, Place(name_en=e.name_en, country=e.country, kb_id=e.kb_id)))
        elif e.type in ("PERSON", "ORG", "GPE"):
            mentions.append(m)
    mentions.extend(_generic(tokens, lex, taken))
    mentions.extend(_collective(tokens, text, lex, taken))
    mentions.sort(key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for m in mentions:
        last = runs[-1][-1] if runs else None
        if last and _mergeable(runs[-1], m, text[last.end : m.start]) and not _definite_head(last, m, text):
            runs[-1].append(m)
        else:
            runs.append([m])
    groups: list[Group] = []
    adjectives: list[Group] = []
    for run in runs:
        i = run[0].i
        titles = tuple(t.norm for t in tokens[max(0, i - 3) : i])
        group = Group(tuple(run), _actor(tuple(run), titles, lex))
        if _DATELINE.match(text, run[-1].end) and run[0].start - sent.start < 60:
            continue  # "(CNN)—", "ـ «الشرق الأوسط»:": the outlet credited, no actor
        side = i > 0 and tokens[i - 1].norm in _SIDES
        if i > 0 and tokens[i - 1].norm in _AFFILIATED:
            adjectives.append(group)  # "مجلس حقوق الإنسان التابع للأمم المتحدة": whose body, no actor
            continue
        if _adjective_only(group) and not side:
            after_adj = bool(adjectives) and _coord(text, adjectives[-1], group)
            if after_adj or not (groups and _coord(text, groups[-1], group)):
                adjectives.append(group)  # "الأزمة الأوكرانية": a demonym qualifying a thing
                continue
        groups.append(group)
    return Analysed(sent, tokens, tuple(groups), tuple(places), tuple(adjectives))


def agent_adjectives(a: Analysed, k: int, text: str) -> list[Group]:
    """Demonyms on an attack noun name its agent: "بغارات جوية روسية وسورية" -> Russia, Syria."""
    cands = tuple(sorted(a.adjectives + tuple(g for g in a.groups if nisba_only(g)), key=lambda g: g.i))
    first = next((n for n, g in enumerate(cands) if k < g.i <= k + 2), None)
    if first is None:
        return []
    return coordinated(cands, first, text)


def passive_agent(a: Analysed, k: int) -> tuple[list[Actor], list[Actor]]:
    """A passive participle at token ``k`` ("الحوثيون المدعومون من إيران", "المدعومين أمريكيا"): the
    actor after من (or the nisba adverb) is the source, the one just before it the target; both or nothing."""
    after = [g for g in a.groups if k + 1 < g.i <= k + 3 and a.tokens[g.i - 1].norm in ("من", "قبل")]
    after = after or [g for g in a.adjectives if g.i == k + 1]  # "المدعومة أمريكيا"
    before = [g for g in a.groups if g.j < k and k - g.j <= 2]
    return ([after[0].actor], [before[-1].actor]) if after and before else ([], [])


def nisba_only(g: Group) -> bool:
    """A group that is one indefinite relative adjective of a country ("روسية", "سوري")."""
    if len(g.members) != 1 or g.members[0].type != "GPE" or not g.members[0].entity:
        return False
    words = normalize(g.members[0].entity.text).split()
    return len(words) == 1 and words[0].endswith(("ي", "يه")) and not words[0].startswith("ال")


def _adjective_only(g: Group) -> bool:
    for m in g.members:
        if not (m.entity and is_demonym(m.entity)):
            return False
        words = normalize(m.entity.text).split()
        if len(words) != 1 or not words[0].endswith(("ي", "يه")):  # "الجانب الروسي" is an actor
            return False
    return True


_COORD_WORDS = frozenset(
    {"", "و", "بالاضافهالي", "اضافهالي", "فضلاعن", "اليجانب", "ونظيره", "ونظيرته", "ونظيريه", "مع"}
)


def _coord(text: str, a: Group, b: Group) -> bool:
    raw = text[a.end : b.start]
    gap = normalize(raw).replace(" ", "").strip(",،")
    if gap == "" and not any(c in raw for c in ",،"):
        return False
    return gap in _COORD_WORDS and gap != "مع"


def coordinated(groups: tuple[Group, ...], first: int, text: str) -> list[Group]:
    """The group at index ``first`` and those joined after it by و/، ("روسيا وأوكرانيا")."""
    out = [groups[first]]
    for g in groups[first + 1 :]:
        if not _coord(text, out[-1], g):
            break
        out.append(g)
    return out


def coordinated_back(groups: tuple[Group, ...], last: int, text: str) -> list[Group]:
    """The group at index ``last`` and those joined before it, in text order."""
    out = [groups[last]]
    for g in reversed(groups[:last]):
        if not _coord(text, g, out[0]):
            break
        out.insert(0, g)
    return out


def token_cores(tok: Token) -> frozenset[str]:
    return all_cores(tok.norm)


def analyse_article(text: str, entities: tuple[Entity, ...], lex: Lexicon) -> list[Analysed]:
    """Every sentence of ``text`` analysed, with nameless person titles resolved.

    "وزير الخارجية التركي" with no name refers to the last named person of
    Turkey mentioned before it in the article (the title must be a person
    title of ``sectors.tsv``, not "الجانب" or "الوفد").
    """
    from marsad.normalize import split_sentences

    named: dict[str, Actor] = {}
    out = []
    for sent in split_sentences(text):
        a = analyse(sent, text, entities, lex)
        groups = []
        for g in a.groups:
            actor = g.actor
            generic_only = all(m.type == "GENERIC" for m in g.members)
            if not actor.name_en and actor.country in named and _person_title(g, a.tokens, lex):
                ref = named[actor.country]
                actor = dataclasses.replace(ref, sector=ref.sector or actor.sector)
                g = Group(g.members, actor)
            elif (
                generic_only and actor.sector and f"org:{actor.sector}" in named and not _person_title(g, a.tokens, lex)
            ):
                g = Group(g.members, named[f"org:{actor.sector}"])  # "الخارجية" after "وزارة الخارجية الروسية"
            elif actor.name_en and actor.country and any(m.type == "PERSON" for m in g.members):
                named[actor.country] = actor
            elif actor.name_en and actor.sector and any(m.type == "ORG" for m in g.members):
                named[f"org:{actor.sector}"] = actor
            groups.append(g)
        out.append(dataclasses.replace(a, groups=tuple(groups)))
    return out


def _person_title(g: Group, tokens: tuple[Token, ...], lex: Lexicon) -> bool:
    near = [tokens[m.i].norm for m in g.members if m.type == "GENERIC"]
    near += [t.norm for t in tokens[max(0, g.i - 2) : g.i]]
    words = set(near) | {w[1:] for w in near if w.startswith("و")}
    if any(m.type == "PERSON" and m.entity and not m.entity.name_en for m in g.members):
        # "نظيره التركي" refers back; a named person the knowledge base lacks does not
        return any(normalize(m.entity.text).startswith(("نظير", "ونظير")) for m in g.members if m.entity)
    return not words.isdisjoint(lex.person_titles)


class Analyser:
    """:func:`analyse_article` with a one-article memory, shared by the quote and event
    stages of one pipeline (``resources.get("events/analyser", ...)``): both read the
    same analysis of the same article, so it is made once."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._key: tuple[str, tuple[Entity, ...]] | None = None
        self._value: tuple[Analysed, ...] = ()

    def __call__(self, text: str, entities: tuple[Entity, ...]) -> tuple[Analysed, ...]:
        if self._key is None or self._key[0] != text or self._key[1] != entities:
            self._value = tuple(analyse_article(text, entities, self.lex))
            self._key = (text, entities)
        return self._value
