"""Utilities shared across coremusic.

Submodules are imported explicitly, so importing this package costs nothing:

- :mod:`coremusic.utils.fourcc` -- four-character codes (``'lpcm'``) as str, bytes
  or int: conversion, validation and display.

Example
-------
>>> from coremusic.utils.fourcc import fourcc_to_int
>>> fourcc_to_int('lpcm') == 0x6C70636D
True
"""
