"""Ingest: files, directories, standard input, URLs and feeds become pages."""

from marsad.ingest.readers import expand_paths, pages_from_text, read_one, read_pages

__all__ = ["expand_paths", "pages_from_text", "read_one", "read_pages"]
