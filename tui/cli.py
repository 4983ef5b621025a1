"""Command line: `newsreader [LEFT RIGHT]` and `newsreader align [LEFT RIGHT]`.

Arguments are parsed and inputs read before anything heavy is imported, so
errors come as one line on stderr with exit status 2, before any screen.
"""
from __future__ import annotations

import argparse
import sys

from . import __version__
from .model import Document
from .reading import InputError
from .resources import sample_paths
from .sources import STDIN, load, save

EXIT_USAGE = 2
INPUTS_HELP = "Each article is a text, Markdown or HTML file, an http(s) address, or '-' for standard input."


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + message
        raise InputError(f"{message} (see '{self.prog} --help')")


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}")
    return seconds


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("left", nargs="?", metavar="LEFT", help="first article (default: the bundled sample pair)")
    parser.add_argument("right", nargs="?", metavar="RIGHT", help="second article")
    parser.add_argument("--timeout", type=_seconds, default=10.0, metavar="SECONDS",
                        help="time limit for fetching a web address (default: 10)")
    parser.add_argument("--save", metavar="DIR",
                        help="also write each article read, with its metadata, to DIR as Markdown to open offline")
    parser.add_argument("--force", action="store_true", help="replace existing files (--save, --output)")
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")


def reader_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="newsreader",
        description="Read two news stories about the same event side by side: linked sentences, "
        "what only one reports, who said what to whom.",
        epilog="Subcommand: 'newsreader align [LEFT RIGHT] [--json|--markdown]' prints the analysis "
        f"without the interface. With no articles the bundled sample pair opens. {INPUTS_HELP}",
    )
    _common(p)
    return p


def align_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsreader align", description="Print the comparison of two articles without the interface.",
                epilog=INPUTS_HELP)
    _common(p)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="format", action="store_const", const="json", help="the JSON contract")
    fmt.add_argument("--markdown", dest="format", action="store_const", const="markdown", help="a Markdown report")
    fmt.add_argument("--text", dest="format", action="store_const", const="text", help="plain text (default)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    p.set_defaults(format="text")
    return p


def _paths(args: argparse.Namespace) -> tuple[str, str]:
    if args.left is None:
        return sample_paths()
    if args.right is None:
        raise InputError("give two articles, or none for the bundled sample pair (see 'newsreader --help')")
    if args.left == args.right == STDIN:
        raise InputError("standard input ('-') can give only one of the two articles")
    return args.left, args.right


def _documents(args: argparse.Namespace) -> tuple[Document, Document]:
    """Both articles read, and saved with --save."""
    documents = tuple(load(spec, timeout=args.timeout) for spec in _paths(args))
    if args.save:
        for document in documents:
            saved = save(document, args.save, force=args.force)
            print(f"newsreader: saved {document.path} as {saved}", file=sys.stderr)
    return documents


def _write(text: str, output: str | None, force: bool) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    mode = "w" if force else "x"
    try:
        with open(output, mode, encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        raise InputError(f"{output}: already exists (use --force to replace it)") from None
    except OSError as e:
        raise InputError(f"{output}: cannot write ({e.strerror or e})") from None


def run_align(argv: list[str]) -> int:
    args = align_parser().parse_args(argv)
    import json
    import shutil

    from .export import to_json, to_markdown, to_text
    from .pipeline import compare_documents

    comparison = compare_documents(*_documents(args))
    if args.format == "json":
        text = json.dumps(to_json(comparison), ensure_ascii=False, indent=1) + "\n"
    elif args.format == "markdown":
        text = to_markdown(comparison)
    else:
        width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100
        text = to_text(comparison, width=max(40, min(width, 120)))
    _write(text, args.output, args.force)
    return 0


def run_reader(argv: list[str]) -> int:
    args = reader_parser().parse_args(argv)
    documents = _documents(args)
    from .app import NewsReaderApp

    app = NewsReaderApp(*documents)
    app.run()
    return app.return_code or 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] == "align":
            return run_align(argv[1:])
        return run_reader(argv)
    except InputError as e:
        print(f"newsreader: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
