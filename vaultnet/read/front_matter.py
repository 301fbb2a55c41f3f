"""Front-matter YAML read safely: plain values only, in bounded time, memory and depth.

PyYAML's safe loader never builds objects from tags, but three inputs still hurt it or the code
that walks what it returns: deep nesting (its C composer recurses and crashes the process; deep
flow collections cost quadratic time), aliases that multiply one value ("billion laughs": the
value is shared, but every walk over it visits each copy), and an alias inside itself (a list
that contains itself). Each is refused here with a `TooComplex` error, before a value is built.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import yaml

from vaultnet.errors import TooComplex
from vaultnet.patterns import lazy_pattern

MAX_DEPTH = 64
"""Collections nested deeper than this are refused: real front matter nests a few levels."""

MAX_VALUES = 100_000
"""Values (counting each copy an alias makes) above this are refused."""

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, with scalar converters that fail as YAML errors, never as ValueError."""


def _guarded(construct: Callable[[yaml.SafeLoader, yaml.Node], object]) -> Callable[..., object]:
    def guarded(loader: yaml.SafeLoader, node: yaml.Node) -> object:
        try:
            return construct(loader, node)
        except (ValueError, OverflowError, TypeError) as exc:
            # `2026-02-30`, a 5,000-digit integer, `!!int foo`: Python refuses the value.
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read {str(node.value)[:40]!r}: {str(exc).split(';')[0]}", node.start_mark
            ) from None

    return guarded


for _tag in ("int", "float"):
    _full = f"tag:yaml.org,2002:{_tag}"
    _Loader.add_constructor(_full, _guarded(_Loader.yaml_constructors[_full]))


def _lenient_timestamp(construct: Callable[[yaml.SafeLoader, yaml.Node], object]) -> Callable[..., object]:
    """A date Python refuses (`1990-02-31`), or text tagged a date that is none (`!!timestamp
    2026-01-01x`, on which PyYAML fails its own way), is kept as the text written: the note's
    reader makes it a problem at its key, and the rest of the front matter is still read (spec 6,
    issue 13)."""

    def lenient(loader: yaml.SafeLoader, node: yaml.Node) -> object:
        try:
            return construct(loader, node)
        except (ValueError, OverflowError, TypeError, AttributeError):
            return str(node.value)

    return lenient


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_Loader.add_constructor(_TIMESTAMP, _lenient_timestamp(_Loader.yaml_constructors[_TIMESTAMP]))


def _check_nesting(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH from the event stream, which stops at the first excess."""
    loader = _BaseLoader(text)
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line if event.start_mark else None
                    raise TooComplex(f"nested deeper than {MAX_DEPTH} levels", line)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.scanner.ScannerError as exc:
        # libyaml 0.2.6 (in PyYAML 6.0.4) has a nesting limit of its own, met while it scans
        # ahead of the events counted here: the same refusal.
        if "nesting depth" not in str(exc.problem):
            raise
        line = exc.problem_mark.line if exc.problem_mark else None
        raise TooComplex(f"nested deeper than {MAX_DEPTH} levels", line) from None
    finally:
        loader.dispose()


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        yield from node.value
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value


def _check_graph(root: yaml.Node) -> None:
    """Count the values and depth the node graph expands to, visiting each shared node once."""
    sizes: dict[int, tuple[int, int]] = {}  # id(node) → (values, depth) once expanded
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            measured = [sizes[id(child)] for child in _children(node)]
            values = 1 + sum(v for v, _ in measured)
            depth = 1 + max((d for _, d in measured), default=0)
            if values > MAX_VALUES:
                raise TooComplex(
                    f"holds over {MAX_VALUES:,} values once its aliases are expanded", node.start_mark.line
                )
            if depth > MAX_DEPTH:
                raise TooComplex(f"nested deeper than {MAX_DEPTH} levels", node.start_mark.line)
            sizes[key] = (values, depth)
        elif key in on_path:
            raise TooComplex("an alias refers to a value that contains it", node.start_mark.line)
        elif key not in sizes:
            on_path.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _wikilink(node: yaml.Node) -> yaml.Node | None:
    """`[[X]]` written unquoted, which YAML reads as a list in a list, as the text `[[X]]`: real
    vaults write links so (docs/format.md). Only when written as a link: `[`, `[`, one value,
    `]`, `]` side by side (`[ [X] ]` and `[[X], [Y]]` stay lists)."""
    if not (isinstance(node, yaml.SequenceNode) and node.flow_style and len(node.value) == 1):
        return None
    inner = node.value[0]
    if not (isinstance(inner, yaml.SequenceNode) and len(inner.value) == 1):
        return None
    scalar = inner.value[0]
    if not isinstance(scalar, yaml.ScalarNode) or scalar.style:  # plain: None, or "" in libyaml
        return None
    if inner.start_mark.index != node.start_mark.index + 1 or inner.end_mark.index + 1 != node.end_mark.index:
        return None
    text = f"[[{scalar.value}]]"  # as written: `[[2026-11-28]]` is no date in a list in a list
    return yaml.ScalarNode("tag:yaml.org,2002:str", text, node.start_mark, node.end_mark)


def _links_as_text(root: yaml.Node) -> yaml.Node:
    """The node graph with each unquoted wikilink (`_wikilink`) made text, each node visited once."""
    link = _wikilink(root)
    if link is not None:
        return link
    seen: set[int] = set()
    pending = [root]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            node.value = [_wikilink(child) or child for child in node.value]
            pending.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            node.value = [(key, _wikilink(value) or value) for key, value in node.value]
            pending.extend(child for pair in node.value for child in pair)
    return root


_LINKS_KEY_LINE = lazy_pattern(r"^([ \t]*[^\s\-#\[\]{}\"'][^:\n]*:[ \t]+)(\[\[.*)$")
_LINKS_ITEM_LINE = lazy_pattern(r"^([ \t]*)-[ \t]+(\[\[.*)$")
_LINK_OR_TEXT = lazy_pattern(r"\[\[[^\[\]]*\]\]|[^,\[]+|\[|,")
"""A value's pieces: a link (its commas are its own), other text, a lone `[`, a comma."""


def quote_links(text: str) -> str | None:
    """YAML text with each value that opens with a bare wikilink and goes on past it (`[[Maya]],
    [[Jonas]]`, not YAML) quoted, one value per comma: how real vaults write people. None when no
    line is so written."""
    lines = text.split("\n")
    changed = False
    for number, line in enumerate(lines):
        key = _LINKS_KEY_LINE.match(line)
        match = key or _LINKS_ITEM_LINE.match(line)
        if match is None or " #" in match[2] or _WHOLE_LINK.fullmatch(match[2]):
            continue  # a comment is too unsure to quote; one link alone is YAML (`_wikilink`)
        parts = [
            json.dumps(part.strip(), ensure_ascii=False) for part in _by_commas(match[2]) if part.strip()
        ]
        if key:
            lines[number] = f"{match[1]}[{', '.join(parts)}]"
        else:
            lines[number] = "\n".join(f"{match[1]}- {part}" for part in parts)
        changed = True
    return "\n".join(lines) if changed else None


def _by_commas(value: str) -> list[str]:
    """The value's parts between commas outside links (in linear time: a line may be long)."""
    parts = [""]
    for piece in _LINK_OR_TEXT.findall(value):
        if piece == ",":
            parts.append("")
        else:
            parts[-1] += piece
    return parts


_WHOLE_LINK = lazy_pattern(r"\[\[[^\[\]]*\]\]")


def load(text: str) -> object:
    """Plain Python values from YAML text; raises yaml.YAMLError when invalid, TooComplex when unsafe."""
    _check_nesting(text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_graph(node)
        return loader.construct_document(_links_as_text(node))
    finally:
        loader.dispose()
