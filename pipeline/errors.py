"""Every error authreview raises about its input, in one catalogue.

Messages name the file and the reason, never document text (PHI). Each error has a
stable ``code`` that batch summaries and quarantine reason files record.
"""

from __future__ import annotations


class AuthreviewError(Exception):
    """Base class: something about the input or configuration stops processing."""

    code = "E000"


class PacketError(AuthreviewError):
    """A packet (or one of its files) cannot be read."""

    code = "E100"
    reason = "cannot be read"

    def __init__(self, file: str, detail: str | None = None) -> None:
        self.file = file
        self.detail = detail
        message = f"{file}: {self.reason}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class NotAPdfError(PacketError):
    code = "E101"
    reason = "is not a PDF"


class EmptyFileError(PacketError):
    code = "E102"
    reason = "is empty (0 bytes)"


class CorruptPdfError(PacketError):
    code = "E103"
    reason = "is a damaged or truncated PDF"


class EncryptedPdfError(PacketError):
    code = "E104"
    reason = "is encrypted and cannot be opened without a password"


class NoPagesError(PacketError):
    code = "E105"
    reason = "has no pages"


class NoReadableFilesError(PacketError):
    code = "E106"
    reason = "holds no readable PDF"


class PacketTooLargeError(PacketError):
    code = "E107"
    reason = "exceeds the processing limits"


class InvalidPacketJsonError(PacketError):
    """packet.json exists but cannot be used. Never a silent fallback: the request form's
    or the newest document's date would move the 12-month review window unasked."""

    code = "E108"
    reason = "packet.json cannot be used"


class UncoveredProcedureError(PacketError):
    """The request names procedure codes, none of them a procedure this policy covers:
    the packet is not an SIJ fusion request and must not be reviewed as one. ``file``
    says where the codes were read (packet.json or the request form)."""

    code = "E109"
    reason = "requests no procedure this policy covers"


# --------------------------------------------------------------------------- FHIR bundles
# A PAS-style request Bundle (pipeline/fhir/) is a packet too: these say why one cannot be
# reviewed. Details name FHIR element paths and counts, never a value from the bundle.


class InvalidBundleError(PacketError):
    code = "E110"
    reason = "is not a valid FHIR prior-authorization Bundle"


class BundleNoProcedureError(PacketError):
    code = "E111"
    reason = "has no procedure code (CPT) on its Claim"


class BundleNoDocumentsError(PacketError):
    code = "E112"
    reason = "carries no supporting document"


class BundleUrlRefusedError(PacketError):
    code = "E113"
    reason = "points to a document off this machine or outside the bundle's folder (refused)"


class BundleAttachmentError(PacketError):
    code = "E114"
    reason = "has a supporting document that cannot be resolved"


class UnreadableTiffError(PacketError):
    """A ``.tif``/``.tiff`` packet file that is not a readable (fax) TIFF image."""

    code = "E115"
    reason = "is not a readable TIFF image"


class PolicyError(AuthreviewError):
    """The policy file is invalid or no version applies."""

    code = "E200"


class OutputFolderError(AuthreviewError):
    """The output folder cannot be written: checked before any packet is read, so a
    wrong ``--out`` costs nothing and is not blamed on the packets. The message names
    the folder (the user's own input, never document text) and the system's reason."""

    code = "E300"

    def __init__(self, folder: str, reason: str) -> None:
        self.folder = folder
        self.reason = reason
        super().__init__(f"output folder {folder} is not writable: {reason}")


UNEXPECTED_ERROR_CODE = "E900"
"""Any other exception: a bug, reported by type and place because its message could
quote the document."""
WORKER_DIED_CODE = "E901"
"""The process working on a packet died (out of memory, or a crash in a C library)."""


def describe_unexpected(exc: BaseException) -> str:
    """A PHI-free description of an unexpected error: its type and where it was raised."""
    import traceback
    from pathlib import Path

    frames = traceback.extract_tb(exc.__traceback__)
    where = (
        f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "unknown location"
    )
    return f"unexpected {type(exc).__name__} at {where}"
