"""Regenerate clients/python from the contract, or check that the committed one is current.

    python clients/generate.py            # rewrite clients/python (make client)
    python clients/generate.py --check    # exit 1, naming the files, if it is stale

The input is frontend/openapi.json, the committed contract (tests/test_openapi.py keeps it equal
to the app's). openapi-python-client writes a whole project: it is generated into a temporary
folder and copied over, so hand-written parts (examples/) stay.
"""

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "clients" / "python"
CONFIG = ROOT / "clients" / "python-client.yaml"
CONTRACT = ROOT / "frontend" / "openapi.json"
HAND_WRITTEN = {"examples"}  # top-level entries of clients/python the generator does not own
IGNORED = {"__pycache__", ".pytest_cache", ".ruff_cache"}


def generate(into: Path, contract: Path = CONTRACT) -> Path:
    """Generate the project under `into`; returns its folder."""
    bin_dir = Path(sys.executable).parent  # the generator and ruff of this interpreter's venv
    output = into / "python"
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(contract),
        "--config",
        str(CONFIG),
        "--meta",
        "uv",
        "--output-path",
        str(output),
        "--fail-on-warning",
    ]
    env = os.environ | {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0 or not output.is_dir():
        raise SystemExit(f"openapi-python-client failed:\n{done.stdout}\n{done.stderr}")
    return output


def _files(folder: Path) -> set[Path]:
    return {
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file()
        and not IGNORED & set(path.relative_to(folder).parts)
        and path.relative_to(folder).parts[0] not in HAND_WRITTEN
    }


def stale_files(fresh: Path, committed: Path = TARGET) -> list[str]:
    """Files that differ, are missing, or should no longer be there."""
    new, old = _files(fresh), _files(committed) if committed.is_dir() else set()
    changed = {
        path for path in new & old if not filecmp.cmp(fresh / path, committed / path, shallow=False)
    }
    return sorted(str(p) for p in (new ^ old) | changed)


def replace(fresh: Path, committed: Path = TARGET) -> None:
    committed.mkdir(parents=True, exist_ok=True)
    for entry in committed.iterdir():
        if entry.name not in HAND_WRITTEN:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    for entry in fresh.iterdir():
        target = committed / entry.name
        if entry.name in IGNORED:
            continue
        if entry.is_dir():
            shutil.copytree(entry, target, ignore=shutil.ignore_patterns(*IGNORED))
        else:
            shutil.copy2(entry, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if clients/python is stale")
    parser.add_argument("--contract", type=Path, default=CONTRACT)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        fresh = generate(Path(scratch), arguments.contract)
        if arguments.check:
            stale = stale_files(fresh)
            if stale:
                print(
                    "clients/python differs from what the contract generates; run `make client` "
                    "and commit the result:\n  " + "\n  ".join(stale[:30]),
                    file=sys.stderr,
                )
                return 1
            return 0
        replace(fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
