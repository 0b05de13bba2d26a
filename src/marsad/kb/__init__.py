"""The knowledge base: entries with stable ids, names in Arabic and English, country, sector, dated roles.

Public API (for the entity, event and quote stages)::

    kb = resources.get("kb", lambda: KnowledgeBase.load(resources.kb_paths))
    entry = kb.get("p:lavrov")          # Entry or None; follows merges; "body:RUS:ministryofdefence" works
    entry.name_en, entry.country, entry.type, entry.sector_at("2024-03-14")  # 'MIL', 'GOV', 'IGO' …
    entry.role_at("2024-03-14")         # Role(title, start, end, sector) or None
    kb.country("RUS"), kb.lookup("أنقرة"), kb.holders("Minister of Defence", "UKR", "2024-03-14")
"""

from marsad.kb.learned import LearnedEntries
from marsad.kb.model import Entry, KnowledgeBase, Role, bundled_kb

__all__ = ["Entry", "KnowledgeBase", "LearnedEntries", "Role", "bundled_kb"]
