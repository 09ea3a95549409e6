"""coremusic's audio layer: files, streams, devices, units and analysis."""
