"""The user guide as one HTML file to print or mail: the pictures are inside it.

    python -m tools.guide_html [--guide docs/handleiding.md] [--out build/handleiding.html]

Reads the Markdown the guide is written in (only the parts it uses: headings, paragraphs,
lists, tables, pictures, quotes, code, bold, italic and links) without a Markdown package, so
the project gets no new dependency. Headings get the anchors GitHub gives them, so the
guide's own links work in the HTML too. ``make guide`` writes it after the pictures.
"""

from __future__ import annotations

import argparse
import base64
import html
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

_STYLE = """
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 11pt;
       line-height: 1.5; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1f2328; }
h1 { font-size: 2em; } h2 { margin-top: 2em; border-bottom: 1px solid #d0d7de; }
h2 { page-break-before: always; } h2:first-of-type { page-break-before: avoid; }
img { max-width: 100%; border: 1px solid #d0d7de; margin: .5em 0; page-break-inside: avoid; }
table { border-collapse: collapse; margin: 1em 0; } td, th { border: 1px solid #d0d7de;
        padding: .3em .6em; text-align: left; vertical-align: top; }
code { background: #f3f4f6; padding: .1em .3em; border-radius: 3px; }
pre { background: #f3f4f6; padding: .6em 1em; overflow-x: auto; }
blockquote { border-left: 4px solid #d0a000; margin: 1em 0; padding: .2em 1em;
             background: #fff8e1; }
"""


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading).strip().lower()
    kept = "".join(c for c in text if c in " -" or unicodedata.category(c)[0] in ("L", "N"))
    return kept.replace(" ", "-")


def inline(text: str, folder: Path) -> str:
    """Bold, italic, code, pictures (embedded) and links of one line, escaped for HTML."""
    pieces = re.split(r"(`[^`]+`)", text)
    out: list[str] = []
    for piece in pieces:
        if piece.startswith("`") and piece.endswith("`") and len(piece) > 1:
            out.append(f"<code>{html.escape(piece[1:-1])}</code>")
            continue
        part = html.escape(piece, quote=False)
        part = re.sub(
            r"!\[([^\]]*)\]\(([^)\s]+)\)",
            lambda m: _picture(m.group(1), m.group(2), folder),
            part,
        )
        part = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', part)
        part = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", part)
        part = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", part)
        out.append(part)
    return "".join(out)


def _picture(alt: str, target: str, folder: Path) -> str:
    data = base64.b64encode((folder / target).read_bytes()).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


def _blocks(lines: list[str]) -> Iterator[tuple[str, list[str]]]:
    """The guide's blocks: (kind, lines) with kind one of heading, code, table, list, quote, p."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("#"):
            yield "heading", [line]
            i += 1
            continue
        kinds: tuple[tuple[str, Callable[[str], bool]], ...] = (
            ("code", lambda s: s.startswith("    ") or not s.strip()),
            ("table", lambda s: s.startswith("|")),
            ("quote", lambda s: s.startswith(">")),
            ("list", lambda s: bool(re.match(r"(\s*)([-*]|\d+\.)\s", s)) or s.startswith("  ")),
        )
        for kind, belongs in kinds:
            first = belongs(line) if kind != "list" else bool(re.match(r"([-*]|\d+\.)\s", line))
            if kind == "code" and not line.startswith("    "):
                continue
            if first:
                block = []
                while i < len(lines) and lines[i].strip() and belongs(lines[i]):
                    block.append(lines[i])
                    i += 1
                yield kind, block
                break
        else:
            block = []
            while i < len(lines) and lines[i].strip() and not lines[i].startswith(("#", "|")):
                block.append(lines[i])
                i += 1
            yield "p", block


def to_html(markdown: str, folder: Path) -> str:
    """The whole guide as one HTML page; pictures relative to ``folder`` are embedded."""
    body: list[str] = []
    title = "Handleiding"
    for kind, block in _blocks(markdown.splitlines()):
        if kind == "heading":
            marks, _space, text = block[0].partition(" ")
            level = len(marks)
            if level == 1:
                title = text
            anchor = github_anchor(text)
            body.append(f'<h{level} id="{anchor}">{inline(text, folder)}</h{level}>')
        elif kind == "code":
            code = "\n".join(line[4:] for line in block)
            body.append(f"<pre><code>{html.escape(code)}</code></pre>")
        elif kind == "table":
            rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in block]
            head, rest = rows[0], [r for r in rows[1:] if not all(set(c) <= {"-", ":"} for c in r)]
            cells = "".join(f"<th>{inline(c, folder)}</th>" for c in head)
            lines = [f"<table><thead><tr>{cells}</tr></thead><tbody>"]
            for row in rest:
                lines.append(
                    "<tr>" + "".join(f"<td>{inline(c, folder)}</td>" for c in row) + "</tr>"
                )
            body.append("\n".join(lines) + "</tbody></table>")
        elif kind == "quote":
            text = " ".join(line.lstrip(">").strip() for line in block)
            body.append(f"<blockquote><p>{inline(text, folder)}</p></blockquote>")
        elif kind == "list":
            ordered = bool(re.match(r"\d+\.", block[0]))
            items: list[str] = []
            for line in block:
                match = re.match(r"([-*]|\d+\.)\s+(.*)", line)
                if match:
                    items.append(match.group(2))
                elif items:
                    items[-1] += " " + line.strip()
            tag = "ol" if ordered else "ul"
            inner = "".join(f"<li>{inline(item, folder)}</li>" for item in items)
            body.append(f"<{tag}>{inner}</{tag}>")
        else:
            text = " ".join(line.strip() for line in block)
            if text.startswith("![") and text.endswith(")"):
                body.append(f"<figure>{inline(text, folder)}</figure>")
            else:
                body.append(f"<p>{inline(text, folder)}</p>")
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--guide", default="docs/handleiding.md", type=Path)
    parser.add_argument("--out", default="build/handleiding.html", type=Path)
    args = parser.parse_args(argv)
    try:
        text = args.guide.read_text(encoding="utf-8")
        page = to_html(text, args.guide.parent)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(page, encoding="utf-8")
    except OSError as exc:
        print(f"guide_html: {exc}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
