"""A keyring backend in a JSON file, so a key survives into another process (the kill tests).

Chosen with PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring; the file is named by
VANGNET_TEST_KEYRING. Only for tests: the entries are plain text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["VANGNET_TEST_KEYRING"])

    def _entries(self) -> dict[str, str]:
        try:
            data = json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, entries: dict[str, str]) -> None:
        partial = self._path().with_suffix(".new")
        partial.write_text(json.dumps(entries), encoding="utf-8")
        os.replace(partial, self._path())

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        entries.pop(f"{service}\n{username}", None)
        self._save(entries)
