"""load → compute → render → write: the pages of one vault, written atomically and only when changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property, partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, NamedTuple, TypeVar

from vaultnet.config import Config, load_config
from vaultnet.confine import inside_vault
from vaultnet.errors import RefusedWrite
from vaultnet.metrics.stats import Report, Summary, compute, report_with_problems
from vaultnet.pages.layout import (
    CANVAS,
    PAGES,
    USER_TEMPLATES,
    is_generated,
    notes_in_output,
    output_is_its_own,
    template_folder,
)
from vaultnet.vault.cache import BuildMemo, FileStat, forget_changed_reads, page_stat
from vaultnet.vault.load import Progress, gc_paused, load_vault
from vaultnet.vault.resolve import Seen
from vaultnet.vault.walk import unlisted_problems, walk_stats
from vaultnet.write import make_folder, open_temp, remove_stale_temps, sync_folder

if TYPE_CHECKING:
    from vaultnet.metrics.cultivate import Introductions
    from vaultnet.pages.lists import PageLists
    from vaultnet.saved.resume import Made

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class BuildResult:
    """What a build did, or (with check) would do."""

    summary: Summary
    written: tuple[str, ...]
    """Pages whose text changed (written, or stale under check), relative to the vault."""
    unchanged: tuple[str, ...]
    load: Callable[[], Report] = field(repr=False, compare=False)
    """Gives the report the pages were made from."""
    refused: tuple[str, ...] = ()
    """Why each page not written was left as it is: a file of the user's holds its place."""

    @cached_property
    def report(self) -> Report:
        """The report the pages were made from (computed now if the build was skipped as unchanged)."""
        return self.load()


def today_for(config: Config, today: dt.date | None) -> dt.date:
    """`--today` wins, then the config's `as_of`, then the clock."""
    return today or config.as_of or dt.date.today()


def load_report(
    root: Path,
    today: dt.date | None = None,
    config: Config | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    found: list[FileStat] | None = None,
    seen: Seen | None = None,
) -> Report:
    """Read the vault at `root` and compute its report as of the day given; `seen`, when given,
    is told which people each note tells of."""
    config = config or load_config(root)
    refuse_notes_in_output(root, config)
    with gc_paused():
        vault = load_vault(root, config, use_cache=use_cache, progress=progress, found=found, seen=seen)
        return compute(vault, today_for(config, today), config)


def show_report(
    root: Path,
    show: Callable[[Report, Config, PageLists | None, Introductions | None], T],
    today: dt.date | None = None,
    config: Config | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    limit: int | None = None,
) -> T:
    """`show(report, config, lists, introductions)` of the vault as of the day given: what
    `page_context` makes the pages from (the lists and introductions kept with the report, or
    None to make them from it). `limit`: how many of a list to show, for this once.

    The report comes from the state the last build saved, as a build would take it (the notes
    changed since read again, here in memory: nothing is saved), else from the vault read in
    full. A saved person is read only when `show` reads them: the terminal report shows the
    first few of each list.
    """
    config = config or load_config(root)
    day = today_for(config, today)
    shown = replace(config, limit=limit) if limit is not None else config
    if not use_cache or not root.is_dir():
        return show(load_report(root, day, config, use_cache, progress), shown, None, None)
    refuse_notes_in_output(root, config)  # as `load_report` does on the way without the state
    from vaultnet.saved import resume
    from vaultnet.saved.files import state_key

    unlisted: list[tuple[str, str]] = []
    found = list(walk_stats(root, config, unlisted))
    unread = unlisted_problems(unlisted)  # the saved state holds the notes' problems, not the walk's
    key = state_key(config) if not resume.has_user_templates(root) else None
    with gc_paused():
        made = resume.make(root, config, day, found, key, use_cache, progress, save=False)
        try:
            return show(report_with_problems(made.report, unread), shown, made.lists, made.introductions)
        except Exception:
            if made.full:
                raise
            # A saved person read only now did not decode: the state was not what it claimed.
            log.info("build state unusable while the report was shown: reading in full", exc_info=True)
        finally:
            if made.state.blobs is not None:
                made.state.blobs.close()
    report = load_report(root, day, config, use_cache, progress, found)
    return show(report_with_problems(report, unread), shown, None, None)


def output_folder(root: Path, config: Config) -> Path:
    """The output folder, refusing one that leads outside the vault or into a dot-folder (a
    symlink to `.obsidian/`, say), where the setting may not name it."""
    folder = root / config.output
    if not inside_vault(root, folder):
        raise RefusedWrite(f"{folder} leads outside the vault ({os.path.realpath(folder)}): nothing written")
    real = Path(os.path.realpath(folder)).relative_to(os.path.realpath(root))
    if any(part.startswith(".") for part in real.parts):
        raise RefusedWrite(f"{folder} leads into a dot-folder ({real.as_posix()}): nothing written")
    return folder


_SLICE = 1 << 20
"""Characters encoded at a time when a page's text is compared, written and digested."""

Page = str | Iterable[str]
"""A page's text, whole or in pieces made as they are written (the canvas of a large vault is
tens of MB, and is never held whole)."""


@dataclass
class _Staged:
    """A page's new text, compared with the file there, and written beside it if it differs."""

    digest: str
    same: bool
    """The file there already holds exactly this text."""
    temp: str | None = None
    """The temporary file holding the new text, to be renamed over the page."""


def _pieces(page: Page) -> Iterator[str]:
    """The page's text in slices of at most `_SLICE` characters (each is encoded whole)."""
    for piece in (page,) if isinstance(page, str) else page:
        if len(piece) <= _SLICE:
            yield piece
        else:
            yield from (piece[start : start + _SLICE] for start in range(0, len(piece), _SLICE))


def _stage(path: Path, page: Page, make_folder: Callable[[], None] | None, digested: bool = True) -> _Staged:
    """Go through a page's text a piece at a time: digest it (if `digested`), compare it with the
    file at `path`, and copy it to a temporary file `.<name>.<pid>.<random>.tmp` beside it from
    the first difference on, calling `make_folder` first (None: only compare, up to the first
    difference, and digest nothing). An unchanged page is never written; if this process dies
    before the rename, a later build knows the temporary file for a leftover
    (`remove_stale_temps`). The file is compared as bytes, or as text when its lines end in CRLF
    (a checkout made them so): it still holds the page."""
    if make_folder is None:
        return _Staged("", same=_holds(path, page))
    digest = hashlib.sha256() if digested else None
    old, as_text = _open_page(path)
    matched = 0  # characters (as text) or bytes equal to the file's so far
    out: BinaryIO | None = None
    temp = None
    try:
        for piece in _pieces(page):
            data = piece.encode("utf-8")
            if digest is not None:
                digest.update(data)
            if old is not None:
                same = piece if as_text else data
                if old.read(len(same)) == same:
                    matched += len(same)
                    continue
                old.close()
                old = None
            if out is None:
                make_folder()
                out, temp = _temp_holding(path, matched, as_text)
            out.write(data)
        hexdigest = digest.hexdigest() if digest is not None else ""
        if old is not None and not old.read(1):
            return _Staged(hexdigest, same=True)
        if out is None:  # the file goes on past the new text: the new one is shorter
            make_folder()
            out, temp = _temp_holding(path, matched, as_text)
        out.flush()
        os.fsync(out.fileno())
        return _Staged(hexdigest, same=False, temp=temp)
    except BaseException:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        raise
    finally:
        if old is not None:
            old.close()
        if out is not None:
            out.close()


def _holds(path: Path, page: Page) -> bool:
    """Does the file at `path` hold exactly the page's text (compared as `_stage` does)?"""
    old, as_text = _open_page(path)
    if old is None:
        return False
    with old:
        for piece in _pieces(page):
            same = piece if as_text else piece.encode("utf-8")
            if old.read(len(same)) != same:
                return False
        return not old.read(1)


def _open_page(path: Path) -> tuple[IO[Any] | None, bool]:
    """The page's file open to compare (None when there is none), and whether as text: only when
    its first line ends in CRLF. Bytes spare decoding the file and encoding it again, and a page
    vaultnet wrote has LF newlines unless a checkout changed them all."""
    try:
        handle = _page_file(path, as_text=False)
    except (FileNotFoundError, NotADirectoryError):  # none yet (its folder may be a file: refused later)
        return None, False
    if b"\r\n" not in handle.readline(_FIRST_LINE):
        handle.seek(0)
        return handle, False
    handle.close()
    return _page_file(path, as_text=True), True


def _page_file(path: Path, as_text: bool) -> IO[Any]:
    """A page's file open to read as text (universal newlines, as a checkout may have made them
    CRLF) or as bytes."""
    return path.open(encoding="utf-8", errors="replace") if as_text else path.open("rb")


_FIRST_LINE = 4096
"""How much of a page's first line `_open_page` reads: the marker line is far shorter."""


def _temp_holding(path: Path, same: int, as_text: bool) -> tuple[BinaryIO, str]:
    """A new temporary file beside `path`, holding the first `same` characters (`as_text`, with
    `\n` newlines) or bytes of the file there, which the new text starts with; open for more."""
    out, temp = open_temp(path)
    try:
        if same:
            with _page_file(path, as_text) as source:
                while same > 0 and (part := source.read(min(same, _SLICE))):
                    out.write(part.encode("utf-8") if as_text else part)
                    same -= len(part)
    except BaseException:
        out.close()
        Path(temp).unlink(missing_ok=True)
        raise
    return out, temp


class Written(NamedTuple):
    """What `write_pages` did, each page relative to the vault."""

    changed: list[str]
    unchanged: list[str]
    digests: dict[str, str]
    """Each page's digest, by its name in the output folder; none for a refused page."""
    refused: dict[str, str]
    """Each page not written, left as it is, and why (`exists and was not written by ...`)."""

    def refusals(self) -> tuple[str, ...]:
        """Each refused page, and why, in a line."""
        return tuple(f"{page} {why}" for page, why in self.refused.items())


def write_pages(
    root: Path, config: Config, pages: Mapping[str, Page], check: bool = False, digested: bool = True
) -> Written:
    """Write the pages whose text changed, each atomically. A page whose place holds a file of
    the user's (one that is not vaultnet's, a folder, a link) is left as it is, and said to be
    (`refused`); the others are written. With `check`, nothing is written, and a page is read
    only up to its first difference and not digested (""), nor without `digested` (watch
    mode, which records no build)."""
    folder = output_folder(root, config)
    refuse_notes_in_output(root, config)
    changed, unchanged = [], []
    refused: dict[str, str] = {}
    digests: dict[str, str] = {}
    staged: dict[str, _Staged] = {}
    new_folder = not folder.exists()
    try:
        if not check:
            remove_stale_temps(folder, pages)
        for name, page in sorted(pages.items()):
            path = folder / name
            rel = f"{config.output}/{name}"
            if path.is_symlink() or (path.exists() and not path.is_file()):
                refused[rel] = "is not a regular file: left as it is"
                continue
            make = None if check else partial(_make_folder, root, folder, config)
            staged[rel] = stage = _stage(path, page, make, digested)
            digests[name] = stage.digest
            if stage.same:
                unchanged.append(rel)
                continue
            # Checked only now: a file that holds the page's very text holds its marker too, and
            # a large page (the canvas) is then read once, not also parsed for its marker.
            if path.exists() and not is_generated(path):
                refused[rel] = (
                    "exists and was not written by vaultnet: left as it is; move it away, then build again"
                )
                del digests[name]
                continue
            changed.append(rel)
        for rel in changed:
            temp = staged[rel].temp
            if temp is not None:
                os.replace(temp, root / rel)
                staged[rel].temp = None
        if changed and not check:
            sync_folder(folder)  # the renames themselves made durable
    finally:
        for stage in staged.values():
            if stage.temp is not None:  # not renamed: unchanged, refused, or a template failed
                Path(stage.temp).unlink(missing_ok=True)
        if new_folder and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()  # made for pages that were not written after all
    return Written(changed, unchanged, digests, refused)


def refuse_notes_in_output(root: Path, config: Config) -> None:
    """Refuse an output folder that holds a note of the user's (`notes_in_output`): what vaultnet
    would write or tell would leave it out."""
    if notes := notes_in_output(root, config):
        if output_is_its_own(root, config):  # a note made there (a phone's `Untitled.md`): out with it
            more = f" and {len(notes) - 3} more" if len(notes) > 3 else ""
            others = f" and {', '.join(notes[1:3])}{more}" if len(notes) > 1 else ""
            advice = f"move it{others} out of the output folder (vaultnet writes only its own pages there)"
        else:
            advice = "set `output` in vaultnet.toml to a folder of its own"
        raise RefusedWrite(
            f"{notes[0]} is a note, not a vaultnet page: vaultnet does not read the notes in its output "
            f"folder, nor writes pages among them; {advice}"
        )


def _make_folder(root: Path, folder: Path, config: Config) -> None:
    try:
        make_folder(root, folder)
    except FileNotFoundError:
        raise  # the vault itself is gone
    except OSError as exc:  # a user's file where the folder should be
        raise RefusedWrite(
            f"{config.output} cannot be made a folder ({exc.strerror}): nothing written"
        ) from None


def build(
    root: Path,
    today: dt.date | None = None,
    check: bool = False,
    use_cache: bool = True,
    progress: Progress | None = None,
) -> BuildResult:
    """Regenerate the vault's pages; with `check`, only say which are stale."""
    config = load_config(root)
    day = today_for(config, today)
    unlisted: list[tuple[str, str]] = []  # the folders the walk could not list: problems of the vault
    stats = list(walk_stats(root, config, unlisted)) if root.is_dir() else None
    if not use_cache and not check:  # the cache, neither read nor written, would keep what it held
        from vaultnet.saved.state import remove_cache

        remove_cache(root)
    memo = None
    if use_cache and stats is not None:
        memo = BuildMemo(root, config, day, stats, [root / USER_TEMPLATES, template_folder()], unlisted)
        skipped = _unchanged(root, config, memo)
        if skipped is not None:
            log.info("nothing changed since the last build")
            folder = output_folder(root, config)
            refuse_notes_in_output(root, config)  # one put there since: refused as a build would
            if not check:
                remove_stale_temps(folder, (p.rsplit("/", 1)[1] for p in skipped[1]))
                forget_changed_reads(root)  # of notes changed back or deleted since: not kept
            lazy = lambda: load_report(root, day, config, use_cache=use_cache)  # noqa: E731
            return BuildResult(skipped[0], (), skipped[1], lazy)
    with gc_paused():
        from vaultnet.saved import resume  # here, not at the top: an unchanged vault skips it all
        from vaultnet.saved.files import state_key

        key = state_key(config) if use_cache and not resume.has_user_templates(root) else None
        found = stats or []
        unread = unlisted_problems(unlisted)  # the saved state holds the notes' problems, not the walk's
        made = resume.make(root, config, day, found, key, use_cache, progress, save=not check)
        made.report = report_with_problems(made.report, unread)
        if made.full:  # every note read: the files' list is not read again (a large vault's is MBs)
            stats, found = None, []
        try:
            result, digests = _write(root, config, made, check)
        except RefusedWrite:
            raise
        except Exception:
            if made.full:
                raise
            # A saved person read only now (as a page showed them) did not decode: the state was
            # not what it claimed. Nothing was renamed yet (pages are all staged first): start over.
            log.info("build state unusable while the pages were made: building in full", exc_info=True)
            made = resume.make(root, config, day, found, None, use_cache, progress, save=not check)
            made.report = report_with_problems(made.report, unread)
            result, digests = _write(root, config, made, check)
        stats = None  # every file's path and stat: not needed any more
        del found
    if memo is not None and key is not None and not check:  # `--check` writes nothing, not even the state
        _save_state(root, config, key, made, digests, memo.files)
    elif made.state.blobs is not None:
        made.state.blobs.close()
    # The report made is for the pages only (made from the state, or without the notes' entries):
    # give a whole one when asked.
    lazy = lambda: load_report(root, day, config, use_cache=use_cache)  # noqa: E731
    result = BuildResult(result.summary, result.written, result.unchanged, lazy, result.refused)
    if memo is not None and not check and not result.refused:  # a refused page: not skipped next time
        folder = output_folder(root, config)
        try:
            page_stats = {name: page_stat(folder / name) for name in digests}
        except OSError:  # a page gone already: the next build reads them all
            page_stats = {}
        memo.save(digests, page_stats, asdict(made.report.summary))
    return result


def _write(root: Path, config: Config, made: Made, check: bool) -> tuple[BuildResult, dict[str, str]]:
    """Render the pages (the canvas only when what it shows changed) and write those that changed."""
    # Here, not at the top: an unchanged vault's build never imports the renderer (Jinja).
    from vaultnet.pages.render import PAGE_INPUTS, Renderer, page_context, page_inputs
    from vaultnet.saved.state import page_holds

    renderer = Renderer(root)
    renderer.book = made.book
    report = made.report
    state = made.state
    context = page_context(report, config, made.lists, made.introductions, root)
    unmoved = made.lists.unmoved()
    as_saved = set()  # the pages whose lists nobody moved onto or off since the last build
    for page, names in PAGE_INPUTS.items():
        made.inputs[page], lists_as_saved = page_inputs(context, names, unmoved)
        if lists_as_saved:
            as_saved.add(page)
    kept = {  # made from the same inputs, and the file as the last build left it: not made again
        page: digest
        for page, (inputs, size, mtime, digest) in state.kept.items()
        if not made.full
        and page in as_saved
        and made.inputs.get(page) == inputs
        and page_holds(root, config, state, page, size, mtime)
    }
    if not made.canvas:
        kept[CANVAS] = state.canvas[2]
    only = [page for page in (*PAGES, CANVAS) if page not in kept]
    pages: dict[str, Page] = dict(renderer.produce(report, config, context, only))  # each made as written
    result, digests = publish(root, config, report, pages, check=check)
    if kept:
        digests.update(kept)
        result = BuildResult(
            result.summary,
            result.written,
            tuple(sorted([*result.unchanged, *(f"{config.output}/{page}" for page in kept)])),
            result.load,
            result.refused,
        )
    return result, digests


def _save_state(
    root: Path, config: Config, key: str, made: Made, digests: dict[str, str], files: bytes
) -> None:
    """Keep what this build made for the next one: the lines written, the canvas as left, and
    `files`, the `files_digest` of the note files it read (`check` compares it with the vault's)."""
    from vaultnet.saved import state as saved

    state = made.state
    state.found = files
    state.rows = made.book.saved_rows()
    state.sections, state.layouts = made.book.saved_sections(made.lists.unmoved())
    state.kept = {}
    folder = output_folder(root, config)
    for page, inputs in made.inputs.items():
        try:
            size, mtime = page_stat(folder / page)
            state.kept[page] = (inputs, size, mtime, digests[page])
        except (OSError, KeyError):
            pass
    if made.canvas:
        state.canvas = saved.NO_CANVAS
        try:
            size, mtime = page_stat(folder / CANVAS)
            state.canvas = (size, mtime, digests[CANVAS])
        except (OSError, KeyError):
            pass
    saved.save_state(root, key, state)


def publish(
    root: Path, config: Config, report: Report, pages: Mapping[str, Page], check: bool = False
) -> tuple[BuildResult, dict[str, str]]:
    """The last step of a build, and of each rebuild in watch mode: write the pages that changed.
    Returns what was done and each page's digest."""
    written = write_pages(root, config, pages, check=check)
    log.info("%d pages changed, %d unchanged", len(written.changed), len(written.unchanged))
    summary, changed, unchanged = report.summary, tuple(written.changed), tuple(written.unchanged)
    return BuildResult(summary, changed, unchanged, lambda: report, written.refusals()), written.digests


def _unchanged(root: Path, config: Config, memo: BuildMemo) -> tuple[Summary, tuple[str, ...]] | None:
    """When the last build had these very inputs and every page on disk is what it wrote:
    the summary and the pages, unchanged. Else None: build."""
    recorded = memo.pages()
    if recorded is None:
        return None
    folder = output_folder(root, config)
    if not all(recorded.holds(name, folder / name) for name in recorded.digests):
        return None
    try:
        summary = Summary(**recorded.summary)
    except TypeError:
        return None
    return summary, tuple(f"{config.output}/{name}" for name in sorted(recorded.digests))
