"""Fetching a web page over HTTP(S), with a time limit, a size cap and a
bounded number of redirects. Every failure is an InputError of one line.
"""
from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from . import __version__
from .reading import InputError

MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Page:
    """What a server sent: the final address, the media type and the body."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand redirects back to `fetch`, which counts them and spots loops."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _checked_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: not an http(s) address")
    if not url.isascii():  # an address typed with non-ASCII letters
        host = parts.hostname.encode("idna").decode("ascii")
        netloc = host if parts.port is None else f"{host}:{parts.port}"
        quote = lambda s: urllib.parse.quote(s, safe="/%:@!$&'()*+,;=?~")
        parts = parts._replace(netloc=netloc, path=quote(parts.path), query=quote(parts.query))
    return urllib.parse.urlunsplit(parts._replace(fragment=""))


def _failure(url: str, error: BaseException, timeout: float) -> InputError:
    """One line that says why `url` could not be fetched."""
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    host = urllib.parse.urlsplit(url).hostname
    if isinstance(reason, socket.gaierror):
        problem = f"cannot find the server '{host}' (no such host, or no network)"
    elif isinstance(reason, (TimeoutError, socket.timeout)):
        problem = f"no answer within {timeout:g} s (see --timeout)"
    elif isinstance(reason, ConnectionRefusedError):
        problem = f"connection refused by '{host}'"
    elif isinstance(reason, ssl.SSLCertVerificationError):
        problem = f"the server's certificate is not valid ({reason.verify_message})"
    elif isinstance(reason, ssl.SSLError):
        problem = "secure connection failed"
    elif isinstance(reason, (http.client.HTTPException, ConnectionError)):
        problem = "the server closed the connection"
    else:
        problem = f"cannot fetch ({getattr(reason, 'strerror', None) or reason})"
    return InputError(f"{url}: {problem}")


def _read_body(response, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputError(f"{url}: the page is too large ({int(length) / 2**20:.1f} MB; the limit is {max_bytes / 2**20:g} MB)")
    chunks, size = [], 0
    while chunk := response.read1(_CHUNK):  # what one receive gives, so the deadline is checked often
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: the page is too large (over the limit of {max_bytes / 2**20:g} MB)")
        if time.monotonic() > deadline:
            raise InputError(f"{url}: no complete answer within {timeout:g} s (see --timeout)")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, *, timeout: float = 10.0, max_bytes: int = MAX_BYTES, max_redirects: int = MAX_REDIRECTS) -> Page:
    """GET `url` following up to `max_redirects` redirects, all within `timeout`
    seconds; a web page or plain text of at most `max_bytes`."""
    given = url
    current = _checked_url(url)
    opener = urllib.request.build_opener(_NoRedirect)
    headers = {"User-Agent": f"newsreader/{__version__}",
               "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"}
    deadline = time.monotonic() + timeout
    seen = {current}
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise InputError(f"{given}: no answer within {timeout:g} s (see --timeout)")
        try:
            response = opener.open(urllib.request.Request(current, headers=headers), timeout=remaining)
        except urllib.error.HTTPError as e:
            e.close()
            if e.code not in _REDIRECTS:
                raise InputError(f"{given}: the server answered HTTP {e.code} {e.reason}".rstrip()) from None
            target = e.headers.get("Location")
            if not target:
                raise InputError(f"{given}: HTTP {e.code} redirect without a target") from None
            current = _checked_url(urllib.parse.urljoin(current, target))
            if current in seen:
                raise InputError(f"{given}: redirect loop (back to {current})") from None
            if len(seen) > max_redirects:
                raise InputError(f"{given}: more than {max_redirects} redirects") from None
            seen.add(current)
            continue
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
            raise _failure(given, e, timeout) from None
        with response:
            content_type = response.headers.get_content_type()
            declared = response.headers.get("Content-Type")
            if declared and content_type not in HTML_TYPES + TEXT_TYPES:
                raise InputError(f"{given}: not a web page (the server sent {content_type})")
            try:
                body = _read_body(response, given, deadline, timeout, max_bytes)
            except (OSError, http.client.HTTPException) as e:
                raise _failure(given, e, timeout) from None
            return Page(url=response.geturl(), content_type=content_type if declared else "",
                        charset=response.headers.get_content_charset(), body=body)
