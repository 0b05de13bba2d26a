"""Organization names read by shape: a head noun (نقابة، وزارة، المكتب …) and the
definite words that follow it ("النقابة الوطنية للصحافة المغربية"), optionally
closed by a known place ("المحكمة الابتدائية بالدار البيضاء"). One adjective is
not enough ("المكتب السياسي", "المؤسسة البنكية" are descriptions): a phrase needs
two words after the head, or one genitive ("مجلس للحسابات")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.entities.gazetteer import Cand, Gazetteer
from marsad.entities.lexicon import Lexicon
from marsad.entities.tokens import Token, readings
from marsad.entities.units import airport_name
from marsad.kb.model import Entry

_MAX = 8


def org_phrases(
    toks: list[Token], lex: Lexicon, place_at: Callable[[int], int | None]
) -> list[tuple[int, int, int, str | None, int]]:
    """(start, end, proclitic chars, ISO3 of a demonym inside or None, start of a closing place or -1)
    for each phrase.

    ``place_at(j)`` gives the end index of a known place starting at token ``j``
    (proclitic ب allowed), or None. A closing place is part of the name only after a head
    whose seat tells branches apart (``seathead``: المحكمة الابتدائية بالدار البيضاء); elsewhere
    the phrase ends before it (المجلس الأعلى للحسابات | بالرباط). A head in the construct state
    followed by another, definite head names a branch of that one ("بمندوبية المديرية العامة"):
    the phrase starts at the inner head ("بمندوبية مؤسسة الحسن الثاني"). One indefinite noun may follow a construct head
    ("وزارة إصلاح الإدارة", "نادي تراث الإمارات").
    """
    out = []
    i = 0
    while i < len(toks):
        head = _head(toks[i].text, lex)
        if head is None:
            i += 1
            continue
        if i + 1 < len(toks) and not toks[i + 1].gap and not head[0].startswith("ال"):
            inner = _head(toks[i + 1].text, lex)
            if inner is not None and inner[1] == 0:
                i += 1
                continue
        j, country, place = _phrase_end(toks, lex, i, head, place_at)
        if j - i >= 3 or (j - i == 2 and toks[j - 1].text.startswith("لل")):
            out.append((i, j, head[1], country, place))
            i = j
        else:
            i += 1
    return out


def _head(word: str, lex: Lexicon) -> tuple[str, int] | None:
    return next(((r, s) for r, s in readings(word) if lex.is_("orghead", r)), None)


def _phrase_end(
    toks: list[Token], lex: Lexicon, i: int, head: tuple[str, int], place_at: Callable[[int], int | None]
) -> tuple[int, str | None, int]:
    """(end, ISO3 of a demonym inside or None, start of a closing place or -1) of the phrase at ``i``."""
    j, country, place = i + 1, None, -1
    while j < len(toks) and j - i < _MAX and not toks[j].gap:
        t = toks[j].text
        if lex.is_("stop", t):
            break
        end = place_at(j) if t[0] in "بل" and not t.startswith("لل") else None
        if end is not None:
            if lex.is_("seathead", head[0]):
                j, place = end, j
            break
        if not (t.startswith("ال") or t.startswith("لل") or t.startswith("وال")):
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            construct = j == i + 1 and not head[0].startswith("ال") and t[0] not in "وفبل"
            if not (construct and nxt and not nxt.gap and nxt.text.startswith("ال")):
                break
        country = country or lex.demonyms.get((t,))
        j += 1
    return j, country, place


def facility_phrases(
    toks: list[Token], lex: Lexicon, place_at: Callable[[int], int | None]
) -> list[tuple[int, int, int, str, int]]:
    """(start, end, proclitic chars, head, end of a place right after the head or -1) for
    each facility read by shape: a head (مطار، ملعب، ميناء، قاعدة), then a known place
    or up to three uncommon words (joined by hyphens or not), then an adjective (الدولي،
    الجوية). A base (قاعدة) needs the adjective."""
    out = []
    for i, tok in enumerate(toks[:-1]):
        head = next(((r, s) for r, s in readings(tok.text) if lex.is_("fachead", r)), None)
        if head is None or toks[i + 1].gap not in ("", '"', "«"):
            continue
        place = place_at(i + 1)
        j = place if place is not None else i + 1
        first_common = -1
        while place is None and j < len(toks) and j - i <= 3 and (j == i + 1 or toks[j].gap in ("", "-")):
            t = toks[j].text
            regnal = j > i + 1 and lex.is_("regnal", t)  # "مطار محمد الخامس"
            if (t.startswith("ال") and not regnal) or lex.is_("stop", t) or t.isdigit():
                break
            if first_common < 0 and not regnal and lex.is_("common", t):
                first_common = j
            j += 1
        while j < len(toks) and toks[j].gap == "-":
            j += 1
        adj = j < len(toks) and not toks[j].gap and lex.is_("facadj", toks[j].text)
        if first_common >= 0 and not adj:
            j = first_common  # a common word names a facility only when an adjective closes the phrase
        if j == i + 1:
            continue
        if head[0] == "قاعده" and not adj:
            continue
        out.append((i, j + int(adj), head[1], head[0], place if place is not None and j == place else -1))
    return out


def facilities(toks: list[Token], lex: Lexicon, gaz: Gazetteer, cands: Sequence[Cand] = ()) -> list[Cand]:
    """Airports, stadiums, ports and bases by shape, unlinked ("مطار لندن" is not one airport),
    where no known facility or organization of ``cands`` starts at the same token; the country
    is the place's when a known place names the facility, and an airport named by a known place
    alone is "<place> Airport"."""
    names, kb = gaz.kb.by_name, gaz.kb
    known = {c.start for c in cands if c.type in ("FAC", "ORG") and c.kb_id}

    def place(j: int) -> tuple[int, Entry] | None:
        m = gaz.longest(toks, j, names, gaz.max_len, clitics=False)
        e = kb._sorted(names[m[2]])[0] if m else None
        return (m[0], e) if m and e and e.type == "GPE" else None

    def place_end(j: int) -> int | None:
        p = place(j)
        return p[0] if p else None

    out = []
    for start, end, skip, head, at in facility_phrases(toks, lex, place_end):
        if start in known:
            continue
        p = place(start + 1) if at > 0 else None
        country = (p[1].country or None) if p else None
        name = airport_name(head, p[1].name_en) if p and p[0] == end else None
        out.append(Cand(start, end, "FAC", None, name, country, None, 5, skip))
    return out
