"""Fetching web addresses, against a local server on 127.0.0.1 started here:
pages, HTTP errors, redirects, time limits, size caps and content types."""
from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import run_cli
from tui.fetch import MAX_BYTES, fetch
from tui.reading import InputError
from tui.sources import load

FIXTURES = Path(__file__).parent / "fixtures"
SLOW_SECONDS = 3.0


class _Handler(BaseHTTPRequestHandler):
    """Routes by path; see each branch."""

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8", **headers) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:
        path = self.path
        if path == "/story":
            self._send(200, (FIXTURES / "tidewater-barrier.html").read_bytes())
        elif path == "/moved":
            self._send(301, location="/story")
        elif path.startswith("/hops/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, location=f"/hops/{n - 1}") if n else self._send(200, (FIXTURES / "tidewater-barrier.html").read_bytes())
        elif path in ("/loop-a", "/loop-b"):
            self._send(302, location="/loop-b" if path == "/loop-a" else "/loop-a")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, (FIXTURES / "tidewater-barrier.html").read_bytes())
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(int(SLOW_SECONDS * 10)):
                    self.wfile.write(b"<p>Still coming.</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/huge-announced":
            self._send(200, b"<html>", length=str(MAX_BYTES + 1))
        elif path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/report.pdf":
            self._send(200, b"%PDF-1.4 ...", content_type="application/pdf")
        elif path == "/notes.txt":
            self._send(200, "Ferry services resumed on Monday.\n\nThe harbour reopened at noon.\n".encode(), content_type="text/plain")
        elif path == "/latin1":
            page = "<!doctype html><html><head><title>Café news</title></head><body><article>" + \
                   "<p>The café on the quay reopened on Tuesday after the storm had flooded its cellar.</p>" * 4 + \
                   "</article></body></html>"
            self._send(200, page.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
        else:
            self._send(404, b"<html><body>Not here</body></html>")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def _error(call) -> str:
    with pytest.raises(InputError) as e:
        call()
    message = str(e.value)
    assert "\n" not in message
    return message


def test_a_page_is_fetched_and_read_as_an_article(server):
    doc = load(f"{server}/story")
    assert doc.path == f"{server}/story"
    assert doc.title == "Port Alder shuts storm gates as spring tide looms"
    assert doc.source == "Tidewater Post" and doc.byline == "Jonas Lindqvist" and doc.date == "2024-11-07"
    assert doc.paragraphs[0].startswith("Port Alder's storm-surge barrier was closed")
    assert not any("Christmas market" in p or "Sign in" in p for p in doc.paragraphs)


def test_redirects_are_followed_up_to_a_bound(server):
    assert fetch(f"{server}/moved").url == f"{server}/story"
    assert fetch(f"{server}/hops/5").url == f"{server}/hops/0"
    message = _error(lambda: fetch(f"{server}/hops/6"))
    assert "more than 5 redirects" in message and "/hops/6" in message


def test_a_redirect_loop_is_an_error(server):
    message = _error(lambda: fetch(f"{server}/loop-a"))
    assert "redirect loop" in message


def test_http_errors_are_named(server):
    message = _error(lambda: fetch(f"{server}/nowhere"))
    assert message.startswith(f"{server}/nowhere:") and "HTTP 404" in message


def test_a_slow_server_hits_the_time_limit(server):
    start = time.monotonic()
    message = _error(lambda: fetch(f"{server}/slow", timeout=0.5))
    assert time.monotonic() - start < SLOW_SECONDS - 0.5
    assert "no answer within 0.5 s" in message


def test_a_page_that_trickles_in_hits_the_time_limit(server):
    start = time.monotonic()
    message = _error(lambda: fetch(f"{server}/drip", timeout=0.5))
    assert time.monotonic() - start < SLOW_SECONDS - 0.5
    assert "no complete answer within 0.5 s" in message


def test_oversize_bodies_are_refused(server):
    assert "too large" in _error(lambda: fetch(f"{server}/huge-announced"))
    assert "too large" in _error(lambda: fetch(f"{server}/huge-streamed", max_bytes=100_000))
    assert len(fetch(f"{server}/huge-streamed", max_bytes=1_000_000).body) > 100_000


def test_content_types(server):
    message = _error(lambda: load(f"{server}/report.pdf"))
    assert "not a web page" in message and "application/pdf" in message
    notes = load(f"{server}/notes.txt")
    assert notes.paragraphs == ["Ferry services resumed on Monday.", "The harbour reopened at noon."]


def test_the_declared_charset_is_used(server):
    doc = load(f"{server}/latin1")
    assert doc.title == "Café news"
    assert "café on the quay" in doc.paragraphs[0]


def test_connection_refused_and_unknown_host(monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert "connection refused" in _error(lambda: fetch(f"http://127.0.0.1:{port}/"))

    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    message = _error(lambda: fetch("http://news.example.invalid/story"))
    assert "cannot find the server 'news.example.invalid'" in message


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/file", "http:///nohost"])
def test_addresses_that_are_not_http_are_refused(url):
    assert "not an http(s) address" in _error(lambda: fetch(url))


def test_cli_compares_a_saved_page_with_a_fetched_one(server):
    r = run_cli("align", str(FIXTURES / "ledger-flood-barrier.html"), f"{server}/story", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    left, right = data["left"], data["right"]
    assert (left["title"], left["source"]) == ("Harbour city closes its new flood barrier for the first time", "The Coastal Ledger")
    assert (right["title"], right["source"]) == ("Port Alder shuts storm gates as spring tide looms", "Tidewater Post")
    assert right["sentences"][-1]["text"] == "The gates are due to reopen on Friday afternoon."
    assert any(link["left"] == 0 and link["right"] == 0 for link in data["alignment"])


def test_cli_errors_for_urls_are_one_line(server):
    r = run_cli("align", f"{server}/slow", str(FIXTURES / "tidewater-barrier.html"), "--timeout", "0.3")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().count("\n") == 0 and "no answer within 0.3 s" in r.stderr
    r = run_cli("align", f"{server}/gone", str(FIXTURES / "tidewater-barrier.html"))
    assert r.returncode == 2 and "HTTP 404" in r.stderr and r.stderr.strip().count("\n") == 0
