"""Markdown → Qt rich-text HTML, with Pygments-highlighted code blocks.

Qt's rich text understands a subset of HTML 4 with inline CSS, so the renderer emits only
what it draws well: tables with explicit borders and padding, ``<pre>`` inside a one-cell
table for code (that is how a code block gets a background and a header with its language
and a **Copy** link), inline-styled Pygments spans.

Safety: raw HTML in the Markdown is escaped (``html=False``); images are never emitted as
``<img>`` — a Markdown image becomes a plain link the person may click, so the renderer
never fetches anything remote; links keep only the schemes markdown-it validates
(http, https, mailto, …; never ``javascript:``/``file:``).  The message view opens a link
only when it is clicked (``copy:N`` links copy code block ``N`` instead).

Streaming: :class:`IncrementalMarkdown` renders a growing text in two parts — *stable*
top-level blocks (every block but the last can no longer change as text is appended) are
rendered once and handed out as new HTML pieces; only the *tail* (the last, still-growing
block) is re-rendered on each update.  So the cost of an update does not grow with the
length of the reply.  When the reply ends, the view renders the whole text once with
:func:`MarkdownRenderer.render_segments`, which corrects any block the heuristic split wrongly.

Segments: the full render cut only right after a top-level block drawn as a table (code
blocks, tables, quotes, rules).  Qt builds the very same document from ``setHtml(first)``
followed by ``insertHtml(next)`` at the end as from ``setHtml`` of the whole — a cut anywhere
else loses the next block's margins — so a long reply's final document can be built a
segment at a time, between frames.

Lexers: loading a Pygments lexer imports and compiles its module (10–25 ms for Python, SQL,
JavaScript).  :func:`preload_lexers` does that in a worker thread; the streaming renderer
never loads one on the GUI thread (a block in a language not loaded yet is shown plain until
it is, see ``missing_lexers``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.lexers.special import TextLexer
from pygments.util import ClassNotFound

COPY_SCHEME = "copy"
# Blocks a segment may start with (a list after a table keeps a stray format property in
# Qt's own import that an insertion does not reproduce, so lists never start a segment).
_CUT_BEFORE = ("<table", "<p>", "<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>")


@dataclass(frozen=True)
class RenderTheme:
    """Colours (``#rrggbb`` strings taken from the palette) and fonts for the HTML."""

    text: str = "#1f2328"
    muted: str = "#6e7781"
    link: str = "#0969da"
    code_bg: str = "#f6f8fa"
    code_header_bg: str = "#eaeef2"
    inline_code_bg: str = "#eff1f3"
    border: str = "#d0d7de"
    table_header_bg: str = "#f6f8fa"
    dark: bool = False
    font_pt: float = 10.5
    mono_family: str = "monospace"
    copy_label: str = "Copy"

    @property
    def pygments_style(self) -> str:
        return "github-dark" if self.dark else "default"

    def stylesheet(self) -> str:
        """Default CSS for the QTextDocument (Qt applies it to setHtml and insertHtml alike)."""
        pt = self.font_pt
        return (
            f"a {{ color: {self.link}; text-decoration: none; }}"
            f"h1 {{ font-size: {pt * 1.5:.1f}pt; font-weight: 600; }}"
            f"h2 {{ font-size: {pt * 1.3:.1f}pt; font-weight: 600; }}"
            f"h3 {{ font-size: {pt * 1.15:.1f}pt; font-weight: 600; }}"
            f"h4, h5, h6 {{ font-size: {pt:.1f}pt; font-weight: 600; }}"
            f"pre {{ font-family: '{self.mono_family}'; font-size: {pt * 0.92:.1f}pt; }}"
            f"code {{ font-family: '{self.mono_family}'; background-color: {self.inline_code_bg}; }}"
            f"blockquote {{ color: {self.muted}; }}"
            f"th {{ background-color: {self.table_header_bg}; font-weight: 600; }}"
        )


#: Languages loaded ahead of time (in a worker thread) so the first code block in one of
#: them costs the GUI thread nothing.
COMMON_LANGUAGES = ("python", "javascript", "typescript", "sql", "bash", "json", "yaml",
                    "html", "css", "java", "c", "cpp", "csharp", "go", "rust", "diff")
_PLAIN = TextLexer(stripnl=False, ensurenl=False)
_LEXERS: dict[str, object] = {"": _PLAIN}       # written by any thread; a dict is enough


def _lexer(lang: str):
    """The lexer for ``lang`` (plain text when unknown), loading it if needed (blocking)."""
    lexer = _LEXERS.get(lang)
    if lexer is None:
        try:
            lexer = get_lexer_by_name(lang, stripnl=False, ensurenl=False)
        except ClassNotFound:
            lexer = _PLAIN
        _LEXERS[lang] = lexer
    return lexer


def lexer_loaded(lang: str) -> bool:
    return lang.lower() in _LEXERS


def preload_lexers(langs=COMMON_LANGUAGES, styles=("default", "github-dark")) -> None:
    """Load lexers and colour styles (blocking: run it in a worker thread)."""
    for style in styles:
        _formatter(style)
    for lang in langs:
        _lexer(lang.lower())


@lru_cache(maxsize=4)
def _formatter(style: str) -> HtmlFormatter:
    return HtmlFormatter(nowrap=True, noclasses=True, style=style)


class MarkdownRenderer:
    """Render Markdown to HTML for a QTextDocument.  ``code_blocks`` collects each block's
    source in order, so a ``copy:N`` link can be resolved to the text to copy."""

    def __init__(self, theme: RenderTheme | None = None) -> None:
        self.theme = theme or RenderTheme()
        md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
        md.enable(["table", "strikethrough"])
        # Set the rules directly: add_render_rule() would rebind these methods to the renderer.
        rules = md.renderer.rules.__setitem__
        rules("fence", self._fence)
        rules("code_block", self._fence)
        rules("image", self._image)
        rules("table_open", self._table_open)
        rules("th_open", self._cell_open)
        rules("td_open", self._cell_open)
        rules("blockquote_open", self._blockquote_open)
        rules("blockquote_close", lambda *a: "</td></tr></table>\n")
        rules("hr", self._hr)
        self.md = md

    # --- public -------------------------------------------------------------------------

    def render(self, text: str, code_blocks: list[str] | None = None,
               missing_lexers: set[str] | None = None) -> str:
        """Full render; appends each code block's source to ``code_blocks``.

        With ``missing_lexers`` (a set), a code block whose lexer is not loaded yet is shown
        plain and its language added to the set, instead of loading it here.
        """
        env = {"code_blocks": code_blocks if code_blocks is not None else [],
               "missing_lexers": missing_lexers}
        return self.md.render(text, env)

    def render_segments(self, text: str,
                        code_blocks: list[str] | None = None) -> list[tuple[str, str]]:
        """:meth:`render` cut into ``(html, lead)`` segments whose HTML joins into the same
        string.  A cut falls only after a top-level block drawn as a table and before a
        table, paragraph or heading; ``lead`` is then the HTML of that paragraph or heading
        (its block format has to be set before the segment is inserted, see
        ``final_render``), or "" (first segment, or one that starts with a table)."""
        env = {"code_blocks": code_blocks if code_blocks is not None else []}
        tokens = self.md.parse(text, env)
        groups: list[str] = []
        start = depth = 0
        for i, tok in enumerate(tokens):
            depth += tok.nesting
            if depth or tok.level or tok.nesting > 0:
                continue                       # inside a top-level block (or just opened)
            groups.append(self.md.renderer.render(tokens[start:i + 1], self.md.options, env))
            start = i + 1
        segments: list[tuple[str, str]] = []
        current: list[str] = []
        lead = ""
        for group in groups:
            if current and current[-1].endswith("</table>\n") and group.startswith(_CUT_BEFORE):
                segments.append(("".join(current), lead))
                current = []
                lead = "" if group.startswith("<table") else group
            current.append(group)
        if current:
            segments.append(("".join(current), lead))
        return segments

    def top_level_starts(self, text: str) -> list[int]:
        """0-based line numbers where each top-level block of ``text`` starts."""
        return [t.map[0] for t in self.md.parse(text)
                if t.level == 0 and t.map is not None and t.nesting >= 0]

    # --- render rules (bound methods: markdown-it calls them with tokens, idx, options, env)

    def _fence(self, tokens, idx, options, env) -> str:
        tok = tokens[idx]
        code = tok.content
        lang = (tok.info or "").strip().split(maxsplit=1)[0] if tok.info else ""
        blocks = env.setdefault("code_blocks", [])
        n = len(blocks)
        blocks.append(code)
        t = self.theme
        body = highlight(code, self._lexer_for(lang.lower(), env),
                         _formatter(t.pygments_style)) if code else ""
        body = body.rstrip("\n")
        label = html.escape(lang) if lang else "&nbsp;"
        small = f"font-size: {t.font_pt * 0.85:.1f}pt;"
        return (
            f'<table width="100%" cellspacing="0" cellpadding="0" border="0"'
            f' style="margin-top: 6px; margin-bottom: 8px; border: 1px solid {t.border};'
            f' border-collapse: collapse;">'
            f'<tr><td style="background-color: {t.code_header_bg}; padding: 3px 10px;">'
            # a nested borderless table puts the language left and Copy right in one cell
            f'<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
            f'<td><span style="color: {t.muted}; {small}">{label}</span></td>'
            f'<td align="right"><a href="{COPY_SCHEME}:{n}" style="{small}">'
            f'{html.escape(t.copy_label)}</a></td></tr></table></td></tr>'
            f'<tr><td style="background-color: {t.code_bg}; padding: 8px 10px;">'
            f'<pre style="margin: 0px;">{body}</pre></td></tr></table>\n'
        )

    @staticmethod
    def _lexer_for(lang: str, env) -> object:
        missing = env.get("missing_lexers")
        if missing is not None and lang not in _LEXERS:
            missing.add(lang)                  # loaded in a worker; plain until then
            return _PLAIN
        return _lexer(lang)

    def _image(self, tokens, idx, options, env) -> str:
        # Never an <img>: the renderer fetches nothing; the person may open the link.
        tok = tokens[idx]
        src = tok.attrGet("src") or ""
        alt = html.escape(tok.content or src)
        if not src.startswith(("http://", "https://")):
            return f"[{alt}]"
        return f'<a href="{html.escape(src, quote=True)}">[{alt}]</a>'

    def _table_open(self, tokens, idx, options, env) -> str:
        return (f'<table border="1" cellspacing="0" cellpadding="6" style="border-collapse: collapse;'
                f' border-color: {self.theme.border}; border-style: solid; margin-top: 4px;'
                f' margin-bottom: 8px;">\n')

    def _cell_open(self, tokens, idx, options, env) -> str:
        tok = tokens[idx]
        tag = tok.tag
        style = tok.attrGet("style") or ""
        align = ""
        if "text-align:" in style:
            align = f' align="{style.split("text-align:", 1)[1].strip(" ;")}"'
        bg = f' bgcolor="{self.theme.table_header_bg}"' if tag == "th" else ""
        return f"<{tag}{align}{bg}>"

    def _blockquote_open(self, tokens, idx, options, env) -> str:
        # Qt draws no border for <blockquote>; a two-cell table gives the usual left rule.
        return (f'<table cellspacing="0" cellpadding="0" style="margin-top: 4px; margin-bottom: 8px;">'
                f'<tr><td width="3" bgcolor="{self.theme.border}"></td>'
                f'<td style="padding-left: 10px; color: {self.theme.muted};">')

    def _hr(self, tokens, idx, options, env) -> str:
        return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin: 8px 0px;">'
                f'<tr><td height="1" bgcolor="{self.theme.border}"></td></tr></table>\n')


class IncrementalMarkdown:
    """Render a streamed reply piece by piece (see the module docstring)."""

    def __init__(self, renderer: MarkdownRenderer) -> None:
        self.renderer = renderer
        self.stable_chars = 0              # text[:stable_chars] is rendered for good
        self.code_blocks: list[str] = []   # stable blocks' code, then (rebuilt) the tail's
        self._stable_code = 0
        self.missing_lexers: set[str] = set()   # languages shown plain until loaded

    def update(self, text: str) -> tuple[list[str], str]:
        """Return (new stable HTML pieces to append, HTML of the tail to replace the old one)."""
        pieces: list[str] = []
        tail = text[self.stable_chars:]
        starts = self.renderer.top_level_starts(tail)
        if len(starts) >= 2:
            lines = tail.splitlines(keepends=True)
            cut = sum(len(line) for line in lines[:starts[-1]])
            if cut > 0:
                del self.code_blocks[self._stable_code:]
                pieces.append(self.renderer.render(tail[:cut], self.code_blocks,
                                                   self.missing_lexers))
                self._stable_code = len(self.code_blocks)
                self.stable_chars += cut
                tail = tail[cut:]
        del self.code_blocks[self._stable_code:]
        return pieces, self.renderer.render(tail, self.code_blocks, self.missing_lexers)
