"""Fetch a URL with a timeout, a size cap, few redirects and, on request,
no loopback, private or link-local addresses."""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from marsad.errors import InputError


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 15.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 3
    allow_private: bool = True  # the CLI fetches what its user asks; the REST API sets False
    user_agent: str = "marsad/0.1 (+https://pypi.org/project/marsad)"


def check_host(url: str, policy: FetchPolicy) -> None:
    """Refuse URLs that are not http(s) or, unless allowed, point inside this network."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(url, "only http and https URLs can be fetched")
    if policy.allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except OSError as exc:
        raise InputError(url, f"unreachable (cannot resolve {parts.hostname})") from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            raise InputError(url, f"refused: {addr} is a loopback, private or link-local address")


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self.count = 0

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def,unused-ignore]
        self.count += 1
        if self.count > self.policy.max_redirects:
            raise InputError(req.full_url, f"too many redirects (more than {self.policy.max_redirects})")
        check_host(newurl, self.policy)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url: str, policy: FetchPolicy | None = None) -> bytes:
    """The body of ``url`` or :class:`InputError` with a one-line reason."""
    policy = policy or FetchPolicy()
    check_host(url, policy)
    opener = urllib.request.build_opener(_LimitedRedirects(policy))
    request = urllib.request.Request(url, headers={"User-Agent": policy.user_agent})
    try:
        with opener.open(request, timeout=policy.timeout) as resp:
            data: bytes = resp.read(policy.max_bytes + 1)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"unreachable (HTTP {exc.code})") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(url, f"unreachable ({reason})") from exc
    if len(data) > policy.max_bytes:
        raise InputError(url, f"too large (over {policy.max_bytes // (1024 * 1024)} MiB)")
    return data
