"""Shared fixtures: paths to the labelled corpora and a fresh database path."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    if not FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside this checkout")
    return FIXTURES


@pytest.fixture(scope="session")
def syria_config(fixtures_dir: Path) -> Path:
    return fixtures_dir / "syria" / "config.toml"


@pytest.fixture(scope="session")
def sudan_config(fixtures_dir: Path) -> Path:
    return fixtures_dir / "sudan" / "config.toml"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "frontline.db"
