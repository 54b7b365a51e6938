"""Demo dossiers (Tanya from the client study and three others) and generated load-test data."""

from __future__ import annotations

from app.demo.common import (
    DEMO_CLIENT_IDS,
    JAYDEN_ID,
    PHASES,
    PROCESS,
    SAMIRA_ID,
    SMIT_ID,
    TANYA_ID,
)
from app.demo.dossiers import add_demo_dossiers, install_demo
from app.demo.generated import add_generated_clients

__all__ = [
    "DEMO_CLIENT_IDS",
    "JAYDEN_ID",
    "PHASES",
    "PROCESS",
    "SAMIRA_ID",
    "SMIT_ID",
    "TANYA_ID",
    "add_demo_dossiers",
    "add_generated_clients",
    "install_demo",
]
