"""Marsad (مرصد): an Arabic-first news event monitor.

Library first: ``marsad.extract`` reads pages and returns article records;
the command line (``marsad.cli``) is a thin layer over this API.
"""

from marsad.api import extract, extract_text
from marsad.records import Article, Entity, Event, Page, Quote, TimeExpr

__version__ = "0.1.0"

__all__ = ["Article", "Entity", "Event", "Page", "Quote", "TimeExpr", "extract", "extract_text", "__version__"]
