"""Utilities: FourCC codes, batch processing, signal-processing helpers."""
