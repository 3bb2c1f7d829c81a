"""Start the dashboard: uvicorn on 127.0.0.1 by default, the address printed, a browser opened
on request. Serving on another interface is allowed with a warning (the record is readable by
anyone who can reach the port; there is no login).
"""
from __future__ import annotations

import ipaddress
import socket
import sys
import threading
import webbrowser

from ..errors import InputError

LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port; a one-line InputError when that cannot be had."""
    if not 0 <= port <= 65535:
        raise InputError(f"--port {port}", "not a port number", "pass a number from 1 to 65535")
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
    except OSError as err:
        raise InputError(f"--host {host} --port {port}", f"cannot listen there ({err.strerror or err})",
                         "pass another --port, or a --host address of this machine") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(db: str, host: str, port: int, *, open_browser: bool = False, say=print) -> None:
    """Serve the record at `db` until interrupted."""
    import uvicorn

    from .dashboard import create_app

    app = create_app(db)
    if not is_loopback(host):
        say(f"warning: serving on {host}, not on loopback: anyone who can reach this machine's port {port} "
            "can read the record (there is no login); use --host 127.0.0.1 to keep it local", file=sys.stderr)
    sock = bind(host, port)
    address = url(host, sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    say(f"communique dashboard on {address} (database {db}); press Ctrl-C to stop", flush=True)
    if open_browser:
        threading.Thread(target=_open_when_up, args=(server, address), daemon=True).start()
    server.run(sockets=[sock])


def _open_when_up(server, address: str) -> None:
    import time

    while not server.started and not server.should_exit:
        time.sleep(0.05)
    if server.started:
        webbrowser.open(address)
