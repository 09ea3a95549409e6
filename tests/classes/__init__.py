"""Tests of coremusic's Python classes over the Apple frameworks, driven through the doubles."""
