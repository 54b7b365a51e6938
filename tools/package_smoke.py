"""Smoke test of the frozen program in dist/procesplaat/ (built by `make package`).

    python -m tools.package_smoke [--dist dist/procesplaat] [--keep DIR] [--budget-mb 200]

The build passes when the folder holds what PyInstaller cannot see (templates, migrations,
Qt plugins, the keyring backends, SQLCipher, PDFium) and the program itself, in a fresh data
folder, adds the demo dossiers, lists them, prints, exports and verifies a bundle, makes a
backup, refuses wrong input the documented way, and starts the window offscreen: the window
opens the store, fills the client list and ends with 0 (the hidden ``--quit-when-ready``).

The frozen program never sees the developer's home or keyring: HOME and the XDG folders point
into a temporary folder, ``PYTHON_KEYRING_BACKEND`` names keyring's always-failing backend,
so the store's key comes from ``PROCESPLAAT_PASSPHRASE`` as on a machine without a keyring.

Prints one line per check and a closing ``package-smoke: N passed, N failed``; exit code 0
when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "rook-test-wachtwoord-42"
BUNDLE_PASSPHRASE = "bundel-wachtwoord-voor-de-rooktest"
#: keyring's backend that refuses everything: the program falls back to the passphrase
KEYRING_BACKEND = "keyring.backends.fail.Keyring"
COMMAND_TIMEOUT = 180.0
#: modules that must be inside the program although nothing imports them by name
FROZEN_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.kwallet",
    "keyring.backends.fail",
    "alembic.ddl.sqlite",
    "models.tables",
    "models.coltypes",
)
#: Qt libraries a widgets program never needs; finding one means the spec's lists failed
UNWANTED_QT = ("Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6WebEngine", "Qt63D", "Qt6Designer")


class SmokeFailure(Exception):
    """One check found the build wrong; the message says what."""


@dataclass
class Run:
    """The output of one start of the frozen program."""

    args: list[str]
    code: int
    stdout: str
    stderr: str
    seconds: float


@dataclass
class Smoke:
    """The frozen program in one folder, run against one fresh data folder."""

    dist: Path
    work: Path
    results: list[tuple[str, bool, str, float]] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.work / "data"

    @property
    def internal(self) -> Path:
        return self.dist / "_internal"

    def program(self, *, gui: bool = False) -> Path:
        """The executable; on Windows the commands have their own console twin."""
        if sys.platform.startswith("win"):
            return self.dist / ("procesplaat.exe" if gui else "procesplaat-cli.exe")
        return self.dist / "procesplaat"

    def environment(self) -> dict[str, str]:
        """The developer's environment without anything that would leak into the program."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "PROCESPLAAT_", "QT_", "XDG_"))
            and key not in ("HOME", "APPDATA", "LOCALAPPDATA", "VIRTUAL_ENV")
        }
        home = self.work / "home"
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(self.work / "runtime"),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND=KEYRING_BACKEND,
            PROCESPLAAT_PASSPHRASE=PASSPHRASE,
        )
        return env

    def run(
        self,
        *args: str,
        gui: bool = False,
        data: Path | None = None,
        wrapper: tuple[str, ...] = (),
        platform: str = "offscreen",
    ) -> Run:
        """Start the program once; ``wrapper`` goes before it (xvfb-run), ``platform`` is Qt's."""
        program = [str(self.program(gui=gui)), "--data-dir", str(data or self.data)]
        argv = [*wrapper, *program, *args]
        env = self.environment()
        env["QT_QPA_PLATFORM"] = platform
        started = time.perf_counter()
        try:
            done = subprocess.run(
                argv,
                env=env,
                cwd=self.work,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=COMMAND_TIMEOUT,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"{' '.join(args)}: no end after {COMMAND_TIMEOUT:.0f} s") from exc
        seconds = time.perf_counter() - started
        return Run(list(args), done.returncode, done.stdout, done.stderr, seconds)

    def ok(self, *args: str, gui: bool = False, data: Path | None = None) -> Run:
        """Run and demand exit code 0."""
        result = self.run(*args, gui=gui, data=data)
        if result.code != 0:
            raise SmokeFailure(
                f"{' '.join(args)}: exit {result.code}; stderr: {last_lines(result.stderr)}"
            )
        return result

    def check(self, name: str, function: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = function()
        except SmokeFailure as exc:
            self.results.append((name, False, str(exc), time.perf_counter() - started))
        else:
            self.results.append((name, True, detail, time.perf_counter() - started))
        passed, text, seconds = self.results[-1][1:]
        print(f"{'ok  ' if passed else 'FAIL'} {name} ({seconds:.1f} s): {text}", flush=True)


def last_lines(text: str, count: int = 3) -> str:
    return " | ".join(text.strip().splitlines()[-count:]) or "(nothing)"


def folder_megabytes(folder: Path) -> float:
    """The bytes on disk in MB (10^6); symbolic links (PyInstaller makes some) count once."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def walk_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path.relative_to(folder)


# --- checks of the folder ------------------------------------------------------------------


def check_layout(smoke: Smoke) -> str:
    """Every data file the program reads by path is there, as in the source tree."""
    for gui in (False, True):
        if not smoke.program(gui=gui).is_file():
            raise SmokeFailure(f"{smoke.program(gui=gui)} is missing")
    wanted = [Path("resources") / p for p in walk_files(ROOT / "resources") if p.suffix != ".ts"]
    migrations = ROOT / "app" / "migrations"
    wanted += [Path("app/migrations") / p for p in walk_files(migrations) if p.suffix == ".py"]
    missing = [str(p) for p in wanted if not (smoke.internal / p).is_file()]
    if missing:
        raise SmokeFailure(f"missing: {', '.join(missing[:8])}")
    return f"{len(wanted)} data files and migrations present"


def check_binaries(smoke: Smoke) -> str:
    """SQLCipher, PDFium and Qt's platform plugins are in; Qt's QML and PDF libraries are not."""
    files = [p.relative_to(smoke.internal) for p in smoke.internal.rglob("*") if p.is_file()]
    names = [p.name for p in files]
    needed: dict[str, Callable[[Path], bool]] = {
        "SQLCipher": lambda p: p.parts[0] == "sqlcipher3" and p.name.startswith("_sqlite3"),
        "PDFium": lambda p: p.parts[0] == "pypdfium2_raw" and "pdfium" in p.name,
        "offscreen platform": lambda p: "platforms" in p.parts and "offscreen" in p.name,
        "Dutch Qt words": lambda p: p.name == "qtbase_nl.qm",
        # keyring finds its backends through the entry points in its metadata
        "keyring's entry points": lambda p: (
            p.parts[0].startswith("keyring-") and p.name == "entry_points.txt"
        ),
    }
    absent = [what for what, test in needed.items() if not any(test(p) for p in files)]
    if absent:
        raise SmokeFailure(f"missing: {', '.join(absent)}")
    unwanted = sorted({n for n in names for q in UNWANTED_QT if q in n})
    if unwanted:
        raise SmokeFailure(f"unneeded Qt libraries: {', '.join(unwanted)}")
    translations = [n for n in names if n.endswith(".qm") and n.startswith("qt")]
    return f"{len(names)} files; Qt translations: {', '.join(sorted(translations))}"


def check_frozen_modules(smoke: Smoke) -> str:
    """The modules found only at run time (keyring's entry points, migrations) were frozen."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return "skipped: PyInstaller is not installed here"
    package = CArchiveReader(str(smoke.program()))
    modules = set(package.open_embedded_archive("PYZ.pyz").toc)
    missing = [name for name in FROZEN_MODULES if name not in modules]
    if missing:
        raise SmokeFailure(f"not frozen: {', '.join(missing)}")
    return f"{len(modules)} modules, keyring backends and migration imports among them"


def check_size(smoke: Smoke, budget_mb: float) -> str:
    size = folder_megabytes(smoke.dist)
    if size > budget_mb:
        raise SmokeFailure(f"{size:.1f} MB, over the budget of {budget_mb:.0f} MB")
    return f"{size:.1f} MB (budget {budget_mb:.0f} MB)"


# --- checks of the program -----------------------------------------------------------------


def check_version(smoke: Smoke) -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    result = smoke.ok("--version")
    if result.stdout.strip() != f"procesplaat {project['version']}":
        raise SmokeFailure(f"--version said {result.stdout.strip()!r}")
    return result.stdout.strip()


def check_demo(smoke: Smoke) -> str:
    result = smoke.ok("demo")
    info = json.loads((smoke.data / "store.json").read_text(encoding="utf-8"))
    if info.get("key_source") != "passphrase":
        raise SmokeFailure(f"the key came from {info.get('key_source')!r}, not the passphrase")
    return f"{result.stdout.strip()} ({result.seconds:.1f} s)"


def clients(smoke: Smoke) -> list[dict[str, object]]:
    listed = json.loads(smoke.ok("list", "--json").stdout)
    if not isinstance(listed, list) or len(listed) < 4:
        raise SmokeFailure(f"list --json gave {listed!r:.200}")
    return listed


def check_list(smoke: Smoke) -> str:
    listed = clients(smoke)
    if not all(isinstance(c, dict) and c.get("id") and c.get("name") for c in listed):
        raise SmokeFailure("a listed client lacks an id or name")
    return f"{len(listed)} clients"


def first_client(smoke: Smoke) -> str:
    return str(clients(smoke)[0]["id"])


def check_show(smoke: Smoke) -> str:
    client = first_client(smoke)
    dossier = json.loads(smoke.ok("show", client, "--json").stdout)
    if not isinstance(dossier, dict):
        raise SmokeFailure("show --json did not give an object")
    return f"dossier.json with {len(dossier)} keys"


def check_print(smoke: Smoke) -> str:
    client = first_client(smoke)
    made = []
    for what, extra in (("card", ()), ("procesplaat", ("--a3", "--amounts")), ("overview", ())):
        out = smoke.work / f"{what}.pdf"
        smoke.ok("print", client, "--what", what, "--out", str(out), *extra)
        data = out.read_bytes() if out.is_file() else b""
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
            raise SmokeFailure(f"print --what {what} made no whole PDF")
        made.append(f"{what} {len(data) // 1024} kB")
    return ", ".join(made)


def check_export(smoke: Smoke) -> str:
    client = first_client(smoke)
    plain = smoke.work / "bundel.zip"
    smoke.ok("export", client, "--out", str(plain))
    with zipfile.ZipFile(plain) as bundle:
        names = bundle.namelist()
    if not any(name.endswith("dossier.json") for name in names):
        raise SmokeFailure(f"the bundle has no dossier.json: {names[:10]}")
    smoke.ok("verify", str(plain))
    secret = smoke.work / "wachtwoord.txt"
    secret.write_text(BUNDLE_PASSPHRASE + "\n", encoding="utf-8")
    sealed = smoke.work / "versleuteld.zip"
    smoke.ok("export", client, "--out", str(sealed), "--passphrase-file", str(secret))
    smoke.ok("verify", str(sealed), "--passphrase-file", str(secret))
    return f"plain ({len(names)} files) and AES-256 bundle verified"


def check_backup(smoke: Smoke) -> str:
    smoke.ok("backup")
    listed = smoke.ok("backups").stdout.strip().splitlines()
    if not listed:
        raise SmokeFailure("backups lists nothing after a backup")
    return f"{len(listed)} backup(s)"


def check_refusals(smoke: Smoke) -> str:
    usage = smoke.run("print")
    if usage.code != 2:
        raise SmokeFailure(f"wrong usage ended with {usage.code}, not 2")
    unknown = smoke.run("print", "ffffffff", "--what", "card", "--out", "x.pdf")
    lines = unknown.stderr.strip().splitlines()
    if unknown.code != 1 or len(lines) != 1 or not lines[0].startswith("procesplaat: "):
        raise SmokeFailure(f"an unknown client: exit {unknown.code}, stderr {lines!r}")
    return "usage 2, refusal 1 with one line"


def check_window(smoke: Smoke) -> str:
    """The window opens the demo store, lists every client and ends by itself with 0."""
    result = smoke.run("--quit-when-ready", gui=True)
    if result.code == 2 and "--quit-when-ready" in result.stderr:
        return window_stays_up(smoke)
    if result.code != 0:
        raise SmokeFailure(
            f"exit {result.code} after {result.seconds:.1f} s; stderr: {last_lines(result.stderr)}"
        )
    return f"window ready and closed in {result.seconds:.1f} s"


def window_stays_up(smoke: Smoke, seconds: float = 20.0) -> str:
    """For a build without --quit-when-ready: the window must at least live for a while."""
    argv = [str(smoke.program(gui=True)), "--data-dir", str(smoke.data)]
    errors = smoke.work / "window-stderr.txt"
    with errors.open("wb") as sink:
        process = subprocess.Popen(
            argv,
            env=smoke.environment(),
            cwd=smoke.work,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )
        try:
            code = process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.terminate()
            process.wait(timeout=30)
            return f"no --quit-when-ready in this build: the window lived {seconds:.0f} s"
    stderr = last_lines(errors.read_text(encoding="utf-8", errors="replace"))
    raise SmokeFailure(f"the window ended after less than {seconds:.0f} s with {code}: {stderr}")


def check_fresh_window(smoke: Smoke) -> str:
    """A first start with --demo: the window creates the store, migrates and adds the demo."""
    fresh = smoke.work / "eerste-start"
    result = smoke.run("--demo", "--quit-when-ready", gui=True, data=fresh)
    if result.code == 2 and "--quit-when-ready" in result.stderr:
        return "skipped: no --quit-when-ready in this build"
    if result.code != 0:
        raise SmokeFailure(f"exit {result.code}; stderr: {last_lines(result.stderr)}")
    return f"first start with demo in {result.seconds:.1f} s"


def check_x11_window(smoke: Smoke) -> str:
    """The window on a real X server (Xvfb): the xcb plugin and the X libraries beside it."""
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        return "skipped: no xvfb-run (Debian: apt-get install xvfb)"
    result = smoke.run("--quit-when-ready", gui=True, wrapper=(xvfb, "-a"), platform="xcb")
    if result.code == 2 and "--quit-when-ready" in result.stderr:
        return "skipped: no --quit-when-ready in this build"
    if result.code != 0:
        raise SmokeFailure(f"exit {result.code}; stderr: {last_lines(result.stderr)}")
    return f"window on X11 ready and closed in {result.seconds:.1f} s"


def check_log(smoke: Smoke) -> str:
    logs = [p for p in smoke.work.rglob("*.log") if p.is_file()]
    broken = [
        str(p) for p in logs if "Traceback" in p.read_text(encoding="utf-8", errors="replace")
    ]
    if broken:
        raise SmokeFailure(f"a bug was logged in {', '.join(broken)}")
    return f"{len(logs)} log file(s) without a bug"


def run_smoke(dist: Path, work: Path, budget_mb: float) -> list[tuple[str, bool, str, float]]:
    smoke = Smoke(dist.resolve(), work.resolve())
    (smoke.work / "home").mkdir(parents=True, exist_ok=True)
    (smoke.work / "runtime").mkdir(mode=0o700, exist_ok=True)
    smoke.check("folder: data files", lambda: check_layout(smoke))
    smoke.check("folder: binaries", lambda: check_binaries(smoke))
    smoke.check("folder: frozen modules", lambda: check_frozen_modules(smoke))
    if sys.platform.startswith("linux"):
        smoke.check("folder: size", lambda: check_size(smoke, budget_mb))
    smoke.check("--version", lambda: check_version(smoke))
    smoke.check("demo", lambda: check_demo(smoke))
    smoke.check("list --json", lambda: check_list(smoke))
    smoke.check("show --json", lambda: check_show(smoke))
    smoke.check("print", lambda: check_print(smoke))
    smoke.check("export and verify", lambda: check_export(smoke))
    smoke.check("backup", lambda: check_backup(smoke))
    smoke.check("refusals", lambda: check_refusals(smoke))
    smoke.check("window on the demo folder", lambda: check_window(smoke))
    smoke.check("window, first start", lambda: check_fresh_window(smoke))
    if sys.platform.startswith("linux"):
        smoke.check("window on X11", lambda: check_x11_window(smoke))
    smoke.check("log", lambda: check_log(smoke))
    return smoke.results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="package_smoke", description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "procesplaat")
    parser.add_argument("--keep", type=Path, help="work in this folder and leave it")
    parser.add_argument("--budget-mb", type=float, default=200.0)
    args = parser.parse_args(argv)
    if not args.dist.is_dir():
        print(f"package_smoke: {args.dist} does not exist; run `make package`", file=sys.stderr)
        return 1
    started = time.perf_counter()
    work = args.keep or Path(tempfile.mkdtemp(prefix="procesplaat-smoke-"))
    try:
        results = run_smoke(args.dist, work, args.budget_mb)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    failed = sum(1 for _, passed, _, _ in results if not passed)
    print(f"package-smoke took {time.perf_counter() - started:.1f} s")
    print(f"package-smoke: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
