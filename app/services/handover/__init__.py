"""Handover packages: moving selected cases from one laptop's database to another's.

- :mod:`.sealed`  the sealed container (passphrase, format, seal/unseal/peek); bytes only

No Qt here.
"""

from app.services.handover.sealed import (
    PackageHeader,
    PackageProblem,
    new_package_passphrase,
    normalize_package_passphrase,
    peek,
    seal,
    unseal,
)

__all__ = [
    "PackageHeader",
    "PackageProblem",
    "new_package_passphrase",
    "normalize_package_passphrase",
    "peek",
    "seal",
    "unseal",
]
