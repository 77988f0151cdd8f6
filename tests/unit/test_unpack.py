"""securetag.scanning.unpack against crafted archives: every refusal leaves the disk as it was."""

from __future__ import annotations

import io
import os
import stat
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from securetag.kernel.errors import ConfigError, InvalidRequest
from securetag.scanning.unpack.extract import unpack_archive
from securetag.scanning.unpack.limits import UnpackLimits
from securetag.scanning.unpack.refusals import (
    CorruptArchive,
    HostileArchive,
    Refusal,
    UnusableDestination,
)
from securetag.scanning.unpack.tree import TreeAccess
from tests.support import hostile_archives as h
from tests.support.hostile_archives import FORMATS

TAR_FORMATS = ("tar", "tar.gz")
DEFAULT_LIMITS = UnpackLimits()
MIB = 1024 * 1024


@dataclass
class Sandbox:
    """dest sits two levels inside `root`, between sibling files an escape would disturb."""

    root: Path
    dest: Path
    outside: Path

    def fresh(self) -> Sandbox:
        """The same sandbox with a new, not yet existing dest beside the old one."""
        return Sandbox(self.root, self.dest.with_name(self.dest.name + "-again"), self.outside)

    def snapshot(self) -> dict[str, object]:
        """Everything under root except dest: type, and content or link target."""
        seen: dict[str, object] = {}
        for directory, subdirectories, filenames in os.walk(self.root):
            here = Path(directory)
            if here == self.dest or self.dest in here.parents:
                continue
            for name in subdirectories + filenames:
                path = here / name
                if path == self.dest:
                    continue
                key = str(path.relative_to(self.root))
                if path.is_symlink():
                    seen[key] = ("link", os.readlink(path))
                elif path.is_dir():
                    seen[key] = ("dir", stat.S_IMODE(path.stat().st_mode))
                else:
                    seen[key] = ("file", path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
        return seen


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    (tmp_path / "top-sibling.txt").write_bytes(b"top")
    middle = tmp_path / "a"
    (middle / "b").mkdir(parents=True)
    (middle / "middle-sibling.txt").write_bytes(b"middle")
    (middle / "b" / "inner-sibling.txt").write_bytes(b"inner")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"secret")
    return Sandbox(root=tmp_path, dest=middle / "b" / "dest", outside=outside)


def refused(
    sandbox: Sandbox, content: bytes, fmt: str, limits: UnpackLimits = DEFAULT_LIMITS
) -> HostileArchive:
    """Unpack, expect a refusal, and check nothing was left inside or outside dest."""
    before = sandbox.snapshot()
    with pytest.raises(HostileArchive) as caught:
        unpack_archive(content, fmt, sandbox.dest, limits)
    assert sandbox.snapshot() == before
    assert not sandbox.dest.exists(), "a refused archive must not leave a partial tree"
    return caught.value


def tree_of(root: Path) -> dict[str, bytes | None]:
    """Relative path -> bytes for files, None for directories; fails on anything else."""
    found: dict[str, bytes | None] = {}
    for directory, subdirectories, filenames in os.walk(root):
        for name in subdirectories + filenames:
            path = Path(directory) / name
            key = path.relative_to(root).as_posix()
            mode = path.lstat().st_mode
            if stat.S_ISDIR(mode):
                found[key] = None
            else:
                assert stat.S_ISREG(mode), f"{key} is neither a file nor a directory"
                found[key] = path.read_bytes()
    return found


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["../x", "a/../../x", "../../../escaped.txt", "./../x"])
def test_traversal_is_refused(sandbox: Sandbox, fmt: str, name: str) -> None:
    content = h.build(fmt, [h.file("ok.txt", b"fine"), h.file(name, b"planted")])
    error = refused(sandbox, content, fmt)
    assert error.reason == Refusal.PATH_TRAVERSAL
    assert f"entry {name!r} escapes the archive root" in error.message
    assert error.details["entry"] == name


@pytest.mark.parametrize("fmt", FORMATS)
def test_dot_dot_that_stays_inside_is_still_refused(sandbox: Sandbox, fmt: str) -> None:
    error = refused(sandbox, h.build(fmt, [h.file("a/../b.txt", b"x")]), fmt)
    assert error.reason == Refusal.PATH_TRAVERSAL
    assert "'..' component" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_absolute_path_into_the_sandbox_is_refused(sandbox: Sandbox, fmt: str) -> None:
    target = sandbox.root / "absolute-target.txt"
    error = refused(sandbox, h.build(fmt, [h.file(str(target), b"planted")]), fmt)
    assert error.reason == Refusal.ABSOLUTE_PATH
    assert "is an absolute path" in error.message and str(target) in error.message
    assert not target.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_absolute_etc_path_is_refused(sandbox: Sandbox, fmt: str) -> None:
    name = "/etc/securetag-unpack-test"
    error = refused(sandbox, h.build(fmt, [h.file(name, b"planted")]), fmt)
    assert error.reason == Refusal.ABSOLUTE_PATH and name in error.message
    assert not Path(name).exists()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("name", "reason", "phrase"),
    [
        ("C:\\x", Refusal.ABSOLUTE_PATH, "Windows drive path"),
        ("C:/x", Refusal.ABSOLUTE_PATH, "Windows drive path"),
        ("c:x", Refusal.ABSOLUTE_PATH, "Windows drive path"),
        ("\\\\server\\share\\x", Refusal.ABSOLUTE_PATH, "UNC"),
        ("//server/share/x", Refusal.ABSOLUTE_PATH, "UNC"),
        ("\\x", Refusal.ABSOLUTE_PATH, "absolute path"),
        ("..\\x", Refusal.INVALID_NAME, "backslash"),
        ("src\\..\\..\\x", Refusal.INVALID_NAME, "backslash"),
    ],
)
def test_windows_paths_are_refused(
    sandbox: Sandbox, fmt: str, name: str, reason: Refusal, phrase: str
) -> None:
    error = refused(sandbox, h.build(fmt, [h.file(name, b"planted")]), fmt)
    assert error.reason == reason
    assert phrase in error.message and repr(name) in error.message


def test_nul_in_zip_name_is_refused(sandbox: Sandbox) -> None:
    content = h.rename_zip_entry(h.build_zip([h.file("evil_txt", b"x")]), "evil_txt", b"evil\0txt")
    error = refused(sandbox, content, "zip")
    assert error.reason == Refusal.INVALID_NAME
    assert "'evil\\x00txt' contains a NUL byte" in error.message


@pytest.mark.parametrize("fmt", TAR_FORMATS)
def test_nul_in_tar_pax_path_is_refused(sandbox: Sandbox, fmt: str) -> None:
    info = tarfile.TarInfo("placeholder")
    info.pax_headers = {"path": "evil\0.txt"}
    info.size = 1
    content = h.tar_with_raw_member(info, b"x", gzipped=fmt == "tar.gz")
    error = refused(sandbox, content, fmt)
    assert error.reason == Refusal.INVALID_NAME and "NUL" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_control_character_in_name_is_refused(sandbox: Sandbox, fmt: str) -> None:
    error = refused(sandbox, h.build(fmt, [h.file("line\nbreak.py", b"x")]), fmt)
    assert error.reason == Refusal.INVALID_NAME and "control character" in error.message


@pytest.mark.parametrize("fmt", TAR_FORMATS)
def test_name_that_is_not_utf8_is_refused(sandbox: Sandbox, fmt: str) -> None:
    entries = [h.file("latin1-\udce9.py", b"x")]  # the raw byte 0xE9
    content = h.build_tar(entries, gzipped=fmt == "tar.gz", tar_format=tarfile.USTAR_FORMAT)
    error = refused(sandbox, content, fmt)
    assert error.reason == Refusal.INVALID_NAME and "not valid UTF-8" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_path_depth_cap(sandbox: Sandbox, fmt: str) -> None:
    limits = UnpackLimits(max_path_depth=4)
    report = unpack_archive(h.build(fmt, [h.file("a/b/c/ok.txt")]), fmt, sandbox.dest, limits)
    assert report.files == ("a/b/c/ok.txt",)
    error = refused(sandbox.fresh(), h.build(fmt, [h.file("a/b/c/d/deep.txt")]), fmt, limits)
    assert error.reason == Refusal.PATH_TOO_DEEP
    assert "5 directories deep, more than the cap of 4" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_path_length_cap(sandbox: Sandbox, fmt: str) -> None:
    limits = UnpackLimits(max_path_length=40)
    exactly = "d/" + "x" * 38
    report = unpack_archive(h.build(fmt, [h.file(exactly)]), fmt, sandbox.dest, limits)
    assert report.files == (exactly,)
    error = refused(sandbox.fresh(), h.build(fmt, [h.file(exactly + "y")]), fmt, limits)
    assert error.reason == Refusal.PATH_TOO_LONG and "41 characters" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_component_longer_than_the_filesystem_allows_is_refused(sandbox: Sandbox, fmt: str) -> None:
    error = refused(sandbox, h.build(fmt, [h.file("d/" + "é" * 128)]), fmt)
    assert error.reason == Refusal.PATH_TOO_LONG and "longer than 255 bytes" in error.message


# --- links and special files -----------------------------------------------------------------


LINK_TARGETS = ["/etc/passwd", "../../", "../../outside/secret.txt", "/"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("target", LINK_TARGETS)
def test_symlinks_are_skipped_and_never_created(sandbox: Sandbox, fmt: str, target: str) -> None:
    before = sandbox.snapshot()
    content = h.build(fmt, [h.file("keep.txt", b"kept"), h.symlink("link", target)])
    report = unpack_archive(content, fmt, sandbox.dest, DEFAULT_LIMITS)
    assert tree_of(sandbox.dest) == {"keep.txt": b"kept"}
    assert [entry.name for entry in report.skipped] == ["link"]
    assert "symbolic link" in report.skipped[0].reason
    assert "never created" in report.skipped[0].reason
    assert sandbox.snapshot() == before


@pytest.mark.parametrize("fmt", TAR_FORMATS)
@pytest.mark.parametrize("target", ["/etc/passwd", "../../outside/secret.txt", "keep.txt"])
def test_hardlinks_are_skipped_and_never_created(sandbox: Sandbox, fmt: str, target: str) -> None:
    before = sandbox.snapshot()
    content = h.build(fmt, [h.file("keep.txt", b"kept"), h.hardlink("hard", target)])
    report = unpack_archive(content, fmt, sandbox.dest, DEFAULT_LIMITS)
    assert tree_of(sandbox.dest) == {"keep.txt": b"kept"}
    assert len(report.skipped) == 1
    assert report.skipped[0].name == "hard"
    assert f"hard link to {target!r}" in report.skipped[0].reason
    assert sandbox.snapshot() == before


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("absolute_target", [True, False])
def test_file_written_through_a_symlinked_directory_is_refused(
    sandbox: Sandbox, fmt: str, absolute_target: bool
) -> None:
    target = str(sandbox.outside) if absolute_target else "../../../outside"
    entries = [h.symlink("sub", target), h.file("sub/planted.txt", b"planted")]
    error = refused(sandbox, h.build(fmt, entries), fmt)
    assert error.reason == Refusal.THROUGH_LINK
    assert "'sub/planted.txt' would be written through the link 'sub'" in error.message
    assert sorted(os.listdir(sandbox.outside)) == ["secret.txt"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_file_that_would_overwrite_a_link_is_refused(sandbox: Sandbox, fmt: str) -> None:
    entries = [h.symlink("config", "/etc/passwd"), h.file("config", b"root::0:0::/:/bin/sh")]
    error = refused(sandbox, h.build(fmt, entries), fmt)
    assert error.reason == Refusal.DUPLICATE_ENTRY
    assert "'config' appears more than once" in error.message


@pytest.mark.parametrize("fmt", TAR_FORMATS)
def test_file_that_would_overwrite_a_hardlink_is_refused(sandbox: Sandbox, fmt: str) -> None:
    entries = [h.hardlink("x", "../../outside/secret.txt"), h.file("x", b"overwritten")]
    error = refused(sandbox, h.build(fmt, entries), fmt)
    assert error.reason == Refusal.DUPLICATE_ENTRY
    assert (sandbox.outside / "secret.txt").read_bytes() == b"secret"


@pytest.mark.parametrize("fmt", FORMATS)
def test_duplicate_files_are_refused_but_repeated_directories_are_not(
    sandbox: Sandbox, fmt: str
) -> None:
    entries = [h.directory("d"), h.file("d/x.py", b"1"), h.directory("d/")]
    assert unpack_archive(h.build(fmt, entries), fmt, sandbox.dest, DEFAULT_LIMITS).files == (
        "d/x.py",
    )
    content = h.build(fmt, [h.file("x.py", b"seen by the scanner"), h.file("./x.py", b"hidden")])
    error = refused(sandbox.fresh(), content, fmt)
    assert error.reason == Refusal.DUPLICATE_ENTRY and "'./x.py'" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_file_used_as_a_directory_is_refused(sandbox: Sandbox, fmt: str) -> None:
    error = refused(sandbox, h.build(fmt, [h.file("a", b"1"), h.file("a/b", b"2")]), fmt)
    assert error.reason == Refusal.PATH_CONFLICT
    assert "needs 'a' to be a directory" in error.message


SPECIAL_ENTRIES = {
    "zip": [(h.fifo, "a FIFO"), (h.char_device, "a character device"), (h.socket, "a socket")],
    "tar": [
        (h.fifo, "a FIFO"),
        (h.char_device, "a character device"),
        (h.block_device, "a block device"),
    ],
}


@pytest.mark.parametrize(
    ("fmt", "make", "kind"),
    [
        (fmt, make, kind)
        for fmt in FORMATS
        for make, kind in SPECIAL_ENTRIES["zip" if fmt == "zip" else "tar"]
    ],
)
def test_special_files_are_refused(
    sandbox: Sandbox, fmt: str, make: Callable[[str], h.Entry], kind: str
) -> None:
    error = refused(sandbox, h.build(fmt, [h.file("ok.txt", b"1"), make("dev/thing")]), fmt)
    assert error.reason == Refusal.SPECIAL_FILE
    assert f"'dev/thing' is {kind}" in error.message


@pytest.mark.parametrize("fmt", TAR_FORMATS)
def test_unknown_tar_entry_types_are_skipped(sandbox: Sandbox, fmt: str) -> None:
    info = tarfile.TarInfo("volume-label")
    info.type = b"V"
    report = unpack_archive(
        h.tar_with_raw_member(info, gzipped=fmt == "tar.gz"), fmt, sandbox.dest, DEFAULT_LIMITS
    )
    assert tree_of(sandbox.dest) == {}
    assert report.skipped[0].name == "volume-label"
    assert "unsupported tar entry type b'V'" in report.skipped[0].reason


# --- counts, sizes and bombs ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_entry_count_cap(sandbox: Sandbox, fmt: str) -> None:
    limits = UnpackLimits(max_entries=20)
    at_cap = [h.directory("d")] + [h.file(f"d/{index}.py", b"x") for index in range(19)]
    report = unpack_archive(h.build(fmt, at_cap), fmt, sandbox.dest, limits)
    assert len(report.files) == 19 and report.directories == ("d",)
    over = [*at_cap, h.file("d/one-more.py", b"x")]
    error = refused(sandbox.fresh(), h.build(fmt, over), fmt, limits)
    assert error.reason == Refusal.TOO_MANY_ENTRIES
    if fmt == "zip":  # counted from the central directory before zipfile parses it
        assert error.message == "the archive has 21 entries, more than the cap of 20"
    else:
        assert "more than the cap of 20 entries (reached at entry 'd/one-more.py')" in (
            error.message
        )


SIZE_LIMITS = UnpackLimits(max_file_bytes=100_000, max_total_bytes=250_000)


@pytest.mark.parametrize("fmt", FORMATS)
def test_file_exactly_at_the_byte_cap_is_accepted(sandbox: Sandbox, fmt: str) -> None:
    data = h.incompressible(100_000)
    report = unpack_archive(h.build(fmt, [h.file("big.bin", data)]), fmt, sandbox.dest, SIZE_LIMITS)
    assert report.total_bytes == 100_000
    assert (sandbox.dest / "big.bin").read_bytes() == data


@pytest.mark.parametrize("fmt", FORMATS)
def test_file_one_byte_over_the_cap_is_refused(sandbox: Sandbox, fmt: str) -> None:
    content = h.build(fmt, [h.file("big.bin", h.incompressible(100_001))])
    error = refused(sandbox, content, fmt, SIZE_LIMITS)
    assert error.reason == Refusal.FILE_TOO_LARGE
    assert "'big.bin' is larger than the cap of 100,000 bytes" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_total_exactly_at_the_cap_is_accepted_and_one_byte_more_is_refused(
    sandbox: Sandbox, fmt: str
) -> None:
    files = [h.file(f"f{index}.bin", h.incompressible(100_000, seed=index)) for index in range(2)]
    at_cap = [*files, h.file("last.bin", h.incompressible(50_000, seed=9))]
    report = unpack_archive(h.build(fmt, at_cap), fmt, sandbox.dest, SIZE_LIMITS)
    assert report.total_bytes == 250_000
    over = [*files, h.file("last.bin", h.incompressible(50_001, seed=9))]
    error = refused(sandbox.fresh(), h.build(fmt, over), fmt, SIZE_LIMITS)
    assert error.reason == Refusal.TOO_LARGE
    assert "more than the cap of 250,000 bytes (reached at entry 'last.bin')" in error.message


def test_zip_bomb_is_refused_by_the_ratio_cap(sandbox: Sandbox) -> None:
    content = h.zip_bomb(16 * MIB)
    assert len(content) < 64 * 1024
    error = refused(sandbox, content, "zip")
    assert error.reason == Refusal.COMPRESSION_RATIO
    assert "expands more than 100:1" in error.message and "bomb" in error.message


@pytest.mark.parametrize("declared_size", [0, 1000, 1 * MIB])
def test_zip_bomb_with_lying_headers_is_caught_by_counting(
    sandbox: Sandbox, declared_size: int
) -> None:
    content = h.zip_bomb(16 * MIB, declared_size=declared_size)
    info = zipfile.ZipFile(io.BytesIO(content)).getinfo("bomb.bin")
    assert info.file_size == declared_size, "the crafted headers must lie"
    # Caps the lie slips under: only counting the inflated bytes can catch it.
    limits = UnpackLimits(max_ratio=1e9, max_file_bytes=2 * MIB, max_total_bytes=2 * MIB)
    error = refused(sandbox, content, "zip", limits)
    assert error.reason == Refusal.DECLARED_SIZE_MISMATCH
    assert f"holds more than the {declared_size:,} bytes its header declares" in error.message


def test_zip_member_ratio_is_checked_per_member(sandbox: Sandbox) -> None:
    # The archive as a whole expands under 2:1, so only the per-member check sees the bomb.
    entries = [h.file("random.bin", h.incompressible(3 * MIB)), h.file("zeros.bin", bytes(2 * MIB))]
    error = refused(sandbox, h.build_zip(entries), "zip")
    assert error.reason == Refusal.COMPRESSION_RATIO
    assert "entry 'zeros.bin' expands more than 100:1" in error.message


def test_many_small_bombs_are_refused_by_the_archive_ratio(sandbox: Sandbox) -> None:
    # Each member stays under the ratio grace; together they expand 800:1.
    entries = [h.file(f"zeros{index}.bin", bytes(900 * 1024)) for index in range(20)]
    error = refused(sandbox, h.build_zip(entries), "zip")
    assert error.reason == Refusal.COMPRESSION_RATIO
    assert error.message.startswith("the archive expands more than 100:1")


def test_overlapping_zip_members_are_refused(sandbox: Sandbox) -> None:
    content = h.zip_with_repeated_entry_data(h.build_zip([h.file("a.txt", b"a" * 1000)]), "a.txt")
    error = refused(sandbox, content, "zip")
    assert error.reason == Refusal.OVERLAPPING_ENTRIES and "overlap" in error.message


def test_tar_gz_bomb_is_refused_by_the_ratio_cap(sandbox: Sandbox) -> None:
    content = h.tar_gz_bomb(16 * MIB)
    assert len(content) < 64 * 1024
    error = refused(sandbox, content, "tar.gz")
    assert error.reason == Refusal.COMPRESSION_RATIO
    assert "tar stream inside the archive expands more than 100:1" in error.message


@pytest.mark.parametrize("fmt", TAR_FORMATS)
def test_sparse_tar_bomb_is_refused_by_counting_written_bytes(sandbox: Sandbox, fmt: str) -> None:
    content = h.tar_sparse_bomb(1 << 30, gzipped=fmt == "tar.gz")
    assert len(content) <= 10240
    error = refused(sandbox, content, fmt)
    assert error.reason == Refusal.COMPRESSION_RATIO
    assert "the archive expands more than 100:1 (reached at entry 'bomb.bin')" in error.message


def test_tar_data_that_is_never_written_still_counts(sandbox: Sandbox) -> None:
    info = tarfile.TarInfo("skipped-but-huge")
    info.type = b"V"
    info.size = 400_000
    limits = UnpackLimits(max_total_bytes=100_000, max_entries=10)
    content = h.tar_with_raw_member(info, h.incompressible(400_000))
    error = refused(sandbox, content, "tar", limits)
    assert error.reason == Refusal.TOO_LARGE and "tar stream" in error.message


@pytest.mark.parametrize("fmt", TAR_FORMATS)
def test_oversized_pax_record_is_refused_before_it_is_read(sandbox: Sandbox, fmt: str) -> None:
    info = tarfile.TarInfo("a.txt")
    info.pax_headers = {"comment": "x" * (2 * MIB)}
    content = h.tar_with_raw_member(info, gzipped=fmt == "tar.gz")
    error = refused(sandbox, content, fmt)
    assert error.reason == Refusal.TOO_LARGE and "tar metadata record" in error.message


@pytest.mark.parametrize("fmt", TAR_FORMATS)
def test_endless_pax_header_chain_is_corrupt_not_a_crash(sandbox: Sandbox, fmt: str) -> None:
    content = h.tar_with_pax_chain(3000, gzipped=fmt == "tar.gz")
    error = refused(sandbox, content, fmt)
    assert isinstance(error, CorruptArchive)


# --- corrupt and truncated archives ----------------------------------------------------------


def _project_entries() -> list[h.Entry]:
    return [h.file(f"src/m{index}.py", h.incompressible(4000, seed=index)) for index in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_truncated_archive_is_corrupt(sandbox: Sandbox, fmt: str) -> None:
    content = h.build(fmt, _project_entries())
    error = refused(sandbox, content[: len(content) * 2 // 3], fmt)
    assert isinstance(error, CorruptArchive) and isinstance(error, InvalidRequest)
    assert error.message.startswith("archive is corrupt: ")


@pytest.mark.parametrize("fmt", FORMATS)
def test_garbage_is_corrupt(sandbox: Sandbox, fmt: str) -> None:
    garbage = {"zip": b"PK\x03\x04", "tar": b"", "tar.gz": b"\x1f\x8b"}[fmt] + b"\x07" * 3000
    error = refused(sandbox, garbage, fmt)
    assert error.message.startswith("archive is corrupt: ")


def test_damaged_zip_data_is_corrupt(sandbox: Sandbox) -> None:
    entries = [h.file("a.py", b"print('hello')\n" * 500), h.file("b.py", b"x = 1\n" * 500)]
    content = h.damage_zip_member_data(h.build_zip(entries), "b.py")
    error = refused(sandbox, content, "zip")
    assert error.message.startswith("archive is corrupt: ") and "'b.py'" in error.message


def test_stored_zip_unpacks_and_its_damage_is_caught_by_crc(sandbox: Sandbox) -> None:
    entries = [h.file("a.py", b"print('a')\n" * 40), h.file("b.py", b"print('b')\n" * 40)]
    content = h.build_zip(entries, compression=zipfile.ZIP_STORED)
    unpack_archive(content, "zip", sandbox.dest, DEFAULT_LIMITS)
    assert tree_of(sandbox.dest) == {entry.name: entry.data for entry in entries}
    error = refused(sandbox.fresh(), h.damage_zip_member_data(content, "b.py"), "zip")
    assert error.message == "archive is corrupt: entry 'b.py' fails its CRC check"


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_zip_crc_mismatch_is_corrupt(sandbox: Sandbox, compression: int) -> None:
    content = h.build_zip([h.file("a.py", b"x = 1\n" * 100)], compression=compression)
    error = refused(sandbox, h.patch_zip_crc(content, "a.py", 0x12345678), "zip")
    assert error.message == "archive is corrupt: entry 'a.py' fails its CRC check"


def test_zip_member_with_two_names_is_refused(sandbox: Sandbox) -> None:
    content = h.build_zip([h.file("safe.py", b"x")])
    content = h.rename_zip_entry(content, "safe.py", b"evil.py", central_only=True)
    error = refused(sandbox, content, "zip")
    assert "'evil.py' has another name in its local header" in error.message


def test_zip_member_whose_compressed_data_is_cut_short_is_corrupt(sandbox: Sandbox) -> None:
    content = h.build_zip([h.file("a.py", h.incompressible(5000).hex().encode())])
    cut = h.patch_zip_compressed_size(content, "a.py", 1000)
    error = refused(sandbox, cut, "zip")
    assert error.message == "archive is corrupt: the data of entry 'a.py' ends early"


def test_zip_member_that_ends_early_is_corrupt(sandbox: Sandbox) -> None:
    content = h.patch_zip_declared_size(h.build_zip([h.file("a.py", b"abc" * 100)]), "a.py", 400)
    error = refused(sandbox, content, "zip")
    assert "holds 300 bytes, fewer than the 400 its header declares" in error.message


@pytest.mark.parametrize("compression", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_bzip2_and_lzma_zips_unpack_and_their_lies_are_caught(
    sandbox: Sandbox, compression: int
) -> None:
    entries = [h.file("src/a.py", b"print(1)\n" * 100), h.file("b.txt", b"bee")]
    content = h.build_zip(entries, compression=compression)
    report = unpack_archive(content, "zip", sandbox.dest, DEFAULT_LIMITS)
    assert tree_of(sandbox.dest) == {"src": None, "src/a.py": b"print(1)\n" * 100, "b.txt": b"bee"}
    assert report.total_bytes == 903
    lying = h.patch_zip_declared_size(content, "src/a.py", 10)
    error = refused(sandbox.fresh(), lying, "zip")
    assert isinstance(error, CorruptArchive) and "'src/a.py'" in error.message


def test_encrypted_zip_member_is_refused(sandbox: Sandbox) -> None:
    content = h.patch_zip_flags(h.build_zip([h.file("a.py", b"x")]), "a.py", 0x1)
    error = refused(sandbox, content, "zip")
    assert error.reason == Refusal.UNSUPPORTED and "'a.py' is encrypted" in error.message


def test_tar_without_end_marker_is_truncated(sandbox: Sandbox) -> None:
    error = refused(sandbox, h.tar_without_end_marker(_project_entries()), "tar")
    assert "ends without its end-of-archive marker" in error.message


def test_tar_with_a_damaged_later_header_is_corrupt(sandbox: Sandbox) -> None:
    content = h.damage_tar_header(h.build_tar(_project_entries()), member_index=4)
    error = refused(sandbox, content, "tar")
    assert error.message.startswith("archive is corrupt: invalid tar header")


@pytest.mark.parametrize("trailing_zeros", [0, 1 * MIB])
def test_tar_gz_with_a_bad_trailer_is_corrupt(sandbox: Sandbox, trailing_zeros: int) -> None:
    # With padding, the bad trailer lies well past the tar's end marker.
    entries = _project_entries()
    content = bytearray(h.build_tar(entries, gzipped=True, trailing_zeros=trailing_zeros))
    content[-8] ^= 0xFF  # the CRC32 of the uncompressed stream
    error = refused(sandbox, bytes(content), "tar.gz")
    assert error.message.startswith("archive is corrupt: ") and "CRC" in error.message


def test_tar_gz_cut_in_its_padding_is_corrupt(sandbox: Sandbox) -> None:
    content = h.build_tar(_project_entries(), gzipped=True, trailing_zeros=1 * MIB)
    error = refused(sandbox, content[:-20], "tar.gz")
    assert error.message.startswith("archive is corrupt: ")


# --- a normal project --------------------------------------------------------------------------


NORMAL_PROJECT = [
    h.directory("project/", mode=0o700),
    h.file("project/README.md", "# Übersicht\n".encode()),
    h.file("project/src/app/__init__.py", b""),
    h.file("project/src/app/views.py", b"def index():\n    return 'hi'\n" * 50),
    h.file("project/src/módulo/ñandú.py", "CAFÉ = '☕'\n".encode()),
    h.file("project/docs/日本語.md", "テスト\n".encode()),
    h.file("project/.github/workflows/ci.yml", b"on: push\n"),
    h.file("project/bin/run.sh", b"#!/bin/sh\necho hi\n", mode=0o4755),
    h.directory("project/empty/"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("prefix", ["", "./"])
def test_normal_project_unpacks_exactly(sandbox: Sandbox, fmt: str, prefix: str) -> None:
    entries = [h.Entry(prefix + e.name, e.data, e.kind, mode=e.mode) for e in NORMAL_PROJECT]
    before = sandbox.snapshot()
    report = unpack_archive(h.build(fmt, entries), fmt, sandbox.dest, DEFAULT_LIMITS)

    expected_files = {e.name.strip("/"): e.data for e in NORMAL_PROJECT if e.kind == h.Kind.FILE}
    expected_dirs = {
        "project",
        "project/src",
        "project/src/app",
        "project/src/módulo",
        "project/docs",
        "project/.github",
        "project/.github/workflows",
        "project/bin",
        "project/empty",
    }
    assert tree_of(sandbox.dest) == {**expected_files, **dict.fromkeys(expected_dirs)}
    assert report.files == tuple(expected_files)
    assert set(report.directories) == expected_dirs
    assert report.total_bytes == sum(len(data) for data in expected_files.values())
    assert report.skipped == ()
    assert sandbox.snapshot() == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_modes_are_private_whatever_the_archive_and_umask_say(sandbox: Sandbox, fmt: str) -> None:
    # The archive asks for 0644/0755 and the umask lets anything through: tenant code is
    # still readable by its owner only.
    previous_umask = os.umask(0)
    try:
        unpack_archive(h.build(fmt, NORMAL_PROJECT), fmt, sandbox.dest, DEFAULT_LIMITS)
    finally:
        os.umask(previous_umask)
    for path in [sandbox.dest, *sandbox.dest.rglob("*")]:
        info = path.lstat()
        expected = 0o700 if stat.S_ISDIR(info.st_mode) else 0o600
        assert stat.S_IMODE(info.st_mode) == expected, path
        assert info.st_uid == os.getuid()


@pytest.mark.skipif(os.geteuid() != 0, reason="giving files to another group needs root")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reader_group_gets_read_access_and_nobody_else(sandbox: Sandbox, fmt: str) -> None:
    sandbox_gid = 61999
    previous_umask = os.umask(0)
    try:
        unpack_archive(
            h.build(fmt, NORMAL_PROJECT), fmt, sandbox.dest, DEFAULT_LIMITS, TreeAccess(sandbox_gid)
        )
    finally:
        os.umask(previous_umask)
    for path in [sandbox.dest, *sandbox.dest.rglob("*")]:
        info = path.lstat()
        expected = 0o750 if stat.S_ISDIR(info.st_mode) else 0o640
        assert stat.S_IMODE(info.st_mode) == expected, path
        assert (info.st_uid, info.st_gid) == (0, sandbox_gid), path


# --- the destination -------------------------------------------------------------------------


def test_destination_must_be_empty(sandbox: Sandbox) -> None:
    sandbox.dest.mkdir()
    (sandbox.dest / "existing.txt").write_bytes(b"mine")
    with pytest.raises(UnusableDestination, match="is not empty"):
        unpack_archive(h.build("zip", [h.file("a.txt")]), "zip", sandbox.dest, DEFAULT_LIMITS)
    assert tree_of(sandbox.dest) == {"existing.txt": b"mine"}


def test_destination_must_not_be_a_symlink(sandbox: Sandbox) -> None:
    sandbox.dest.symlink_to(sandbox.outside)
    with pytest.raises(UnusableDestination, match="symbolic link"):
        unpack_archive(h.build("tar", [h.file("a.txt")]), "tar", sandbox.dest, DEFAULT_LIMITS)
    assert sorted(os.listdir(sandbox.outside)) == ["secret.txt"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_existing_empty_destination_is_left_empty_after_a_refusal(
    sandbox: Sandbox, fmt: str
) -> None:
    sandbox.dest.mkdir()
    content = h.build(fmt, [*_project_entries(), h.file("../escape.txt", b"x")])
    with pytest.raises(HostileArchive, match="escapes the archive root"):
        unpack_archive(content, fmt, sandbox.dest, DEFAULT_LIMITS)
    assert sandbox.dest.is_dir() and tree_of(sandbox.dest) == {}


def test_unknown_format_is_refused(sandbox: Sandbox) -> None:
    with pytest.raises(InvalidRequest, match="unsupported archive format 'rar'"):
        unpack_archive(b"Rar!", "rar", sandbox.dest, DEFAULT_LIMITS)
    assert not sandbox.dest.exists()


def test_limits_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="max_entries must be positive"):
        UnpackLimits(max_entries=0)


def test_refusal_is_an_invalid_request_with_details() -> None:
    error = HostileArchive("entry 'x' is bad", reason=Refusal.SPECIAL_FILE, entry="x")
    assert error.http_status == 400
    assert error.to_dict()["error"]["details"] == {
        "field": "file",
        "reason": "special_file",
        "entry": "x",
    }


# --- speed -------------------------------------------------------------------------------------


@pytest.fixture
def fast_directory(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs directory when there is one: 10,000 files on a busy shared disk are slow."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        with tempfile.TemporaryDirectory(dir=shm) as directory:
            yield Path(directory)
    else:
        yield tmp_path


@pytest.mark.parametrize("fmt", FORMATS)
def test_ten_thousand_files_unpack_whole(fast_directory: Path, fmt: str) -> None:
    tree = h.source_tree(10_000)
    content = h.build(fmt, [h.file(name, data) for name, data in tree.items()])
    report = unpack_archive(content, fmt, fast_directory / "dest", DEFAULT_LIMITS)
    assert len(report.files) == 10_000
    assert report.total_bytes == sum(map(len, tree.values()))
    assert (fast_directory / "dest" / "src/pkg9/mod199/file_9999.py").read_bytes() == tree[
        "src/pkg9/mod199/file_9999.py"
    ]
