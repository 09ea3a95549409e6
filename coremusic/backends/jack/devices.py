"""JACK ports grouped into audio devices.

JACK has no devices, only ports; coremusic groups the audio ports of one JACK
client (``system:capture_1``, ``system:playback_1`` ...) into one device.
Physical ports (the sound card seen by the server) make the default devices;
``include_software=True`` adds every other client's ports.  Each query opens
a short-lived client, so the list is always current.
"""

from __future__ import annotations

from coremusic.audio.devices import AudioDevice
from coremusic.backends.jack.client import JackClient

__all__ = ["list_devices"]


def list_devices(server: str | None = None, *, include_software: bool = False,
                 client: JackClient | None = None) -> list[AudioDevice]:
    """The server's audio ports grouped by JACK client, physical devices first.

    Example
    -------
    >>> # [d.name for d in list_devices()]  -> ['system']
    """
    own = client is None
    c = client or JackClient("coremusic-devices", server=server)
    try:
        me = c.name
        rate, period = c.sample_rate, c.buffer_size
        physical_sources = set(c.get_ports(kind="audio", is_output=True, is_physical=True))
        physical_sinks = set(c.get_ports(kind="audio", is_input=True, is_physical=True))
        sources = c.get_ports(kind="audio", is_output=True)
        sinks = c.get_ports(kind="audio", is_input=True)
        default_out = c.get_ports(kind="audio", is_input=True, is_physical=True)
        default_in = c.get_ports(kind="audio", is_output=True, is_physical=True)
        groups: dict[str, tuple[list[str], list[str], bool]] = {}
        for name in sources:
            owner = name.split(":", 1)[0]
            if owner == me or (name not in physical_sources and not include_software):
                continue
            groups.setdefault(owner, ([], [], name in physical_sources))[0].append(name)
        for name in sinks:
            owner = name.split(":", 1)[0]
            if owner == me or (name not in physical_sinks and not include_software):
                continue
            groups.setdefault(owner, ([], [], name in physical_sinks))[1].append(name)
        server_name = c.server
        default_out_owner = default_out[0].split(":", 1)[0] if default_out else None
        default_in_owner = default_in[0].split(":", 1)[0] if default_in else None
        devices = [
            AudioDevice(
                name=owner, uid=f"jack:{server_name}:{owner}", manufacturer="JACK",
                transport_type="jack" if physical else "jack-client",
                sample_rate=float(rate), buffer_size=period,
                input_ports=tuple(capture), output_ports=tuple(playback),
                is_physical=physical,
                is_default_input=owner == default_in_owner and bool(capture),
                is_default_output=owner == default_out_owner and bool(playback))
            for owner, (capture, playback, physical) in groups.items()
        ]
        devices.sort(key=lambda d: (not d.is_physical, d.name))
        return devices
    finally:
        if own:
            c.close()
