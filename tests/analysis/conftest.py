"""Fixtures for the analysis tests (helpers live in analysis_synth.py)."""

from analysis_synth import music

__all__ = ["music"]
