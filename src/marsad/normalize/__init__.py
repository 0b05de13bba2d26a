"""Arabic normalization (with offsets), tokens and sentences."""

from marsad.normalize.chars import Normalized, fix_letters, normalize, normalize_with_offsets
from marsad.normalize.sentences import Sentence, split_sentences

__all__ = [
    "Normalized",
    "Sentence",
    "fix_letters",
    "normalize",
    "normalize_with_offsets",
    "split_sentences",
]
