"""Time-stamp requests and answers (RFC 3161), and the checks a kept token must pass.

No database and no network here: the same checks run when a TSA answers and, years
later, offline, when ``shipproof verify --anchor`` or a pack relies on the token.

The ASN.1 and the signature checks are rfc3161-client's (Trail of Bits, the library
sigstore uses for its timestamps): it builds the request, parses the answer and verifies
the CMS signature with OpenSSL at the token's own time, the TSA certificate's critical
timeStamping key usage, the nonce and the imprint. Only the certificates given as
trusted can anchor the chain; the ones a token carries are never trusted by themselves.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import certifi
from cryptography import x509
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import NameOID
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

# DigiCert's public TSA: free, without an account, run by a public CA for code signing
# (so built for steady load), and its timestamping root (DigiCert Trusted Root G4) is in
# the public CA bundle the app already ships with httpx, so its tokens verify offline with
# no file to fetch first. Plain HTTP is how TSAs are reached: the answer is signed.
DEFAULT_TSA_URL = "http://timestamp.digicert.com"
_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)
# OpenSSL's words for a chain that ends at a CA not among the trusted ones
_UNTRUSTED = (
    "unable to get local issuer certificate",
    "self-signed certificate in certificate chain",
)


class TimestampError(ValueError):
    """A TSA answer or a kept token that does not prove what it should; the message says why."""


@dataclass(frozen=True)
class Request:
    """A TimeStampReq (DER) and the nonce its answer must carry back."""

    der: bytes
    nonce: int


@dataclass(frozen=True)
class Token:
    """What a verified answer says: when, and who said it."""

    response: bytes  # the TSA's whole answer (TimeStampResp, DER), as `openssl ts` reads it
    gen_time: datetime  # the TSA's clock, UTC
    tsa: str  # the TSA's name, from its certificate


def request_for(data: bytes) -> Request:
    """A request over SHA-256 of ``data`` with a random nonce, asking for the TSA's certificate
    (so the token carries what a third party needs to check it)."""
    if not data:
        raise TimestampError("nothing to time-stamp: the heads text is empty")
    built = (
        TimestampRequestBuilder()
        .data(data)
        .hash_algorithm(HashAlgorithm.SHA256)
        .nonce(nonce=True)
        .cert_request(cert_request=True)
        .build()
    )
    if built.nonce is None:
        raise TimestampError("the request was built without a nonce")
    return Request(built.as_bytes(), built.nonce)


def public_roots() -> list[x509.Certificate]:
    """The public CAs of the bundle httpx trusts (certifi: Mozilla's list), DigiCert's among them.

    Read one by one: the bundle holds an old root or two that cryptography already warns
    about (a serial number of zero) and will one day refuse; losing those must not lose all.
    """
    roots = []
    for block in _PEM_BLOCK.findall(Path(certifi.where()).read_bytes()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            try:
                roots.append(x509.load_pem_x509_certificate(block))
            except ValueError:
                continue
    return roots


def roots_from_pem(path: Path) -> list[x509.Certificate]:
    """The certificates of a PEM file: a TSA's CA (and any intermediates) to trust.

    Raises:
        TimestampError: no such file, or no certificate in it.
    """
    try:
        return x509.load_pem_x509_certificates(path.read_bytes())
    except OSError as error:
        raise TimestampError(f"{path}: cannot be read ({error.strerror or error})") from None
    except ValueError:
        raise TimestampError(f"{path}: holds no PEM certificate") from None


def _parsed(response: bytes) -> TimeStampResponse:
    try:
        return decode_timestamp_response(response)
    except ValueError as error:
        raise TimestampError(f"not an RFC 3161 time-stamp answer ({error})") from None


def _why(error: VerificationError) -> str:
    """OpenSSL's reason in words, not its error stack."""
    text = str(error)
    if text == "Nonce mismatch":
        return "it answers another request (its nonce differs)"
    if text == "Mismatch between messages":
        return "it covers other data than these chain heads (its imprint differs)"
    found = re.search(r'Verify error: ([^"]+)', text) or re.search(r'reason: "([^"]+)"', text)
    if found and found.group(1) in _UNTRUSTED:
        return f"its certificate does not chain to a trusted CA ({found.group(1)})"
    if found:
        return f"its signature or certificate does not verify: {found.group(1)}"
    return text


def tsa_name(parsed: TimeStampResponse) -> str:
    """The signer's organisation (else common name), from the certificate its signature names."""
    signers = list(parsed.signed_data.signer_infos)
    for der in parsed.signed_data.certificates:
        certificate = x509.load_der_x509_certificate(der)
        if signers and (certificate.issuer, certificate.serial_number) == (
            signers[0].issuer,
            signers[0].serial_number,
        ):
            for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
                names = certificate.subject.get_attributes_for_oid(oid)
                if names:
                    return str(names[0].value)
    return "an unnamed TSA"


def check(
    response: bytes, data: bytes, roots: Sequence[x509.Certificate], nonce: int | None = None
) -> Token:
    """The token in ``response`` if it proves ``data`` existed at its time.

    Checks: the TSA granted the request; the signature verifies with the certificate the
    token carries; that certificate is a TSA's (critical timeStamping usage) and chains to
    one of ``roots``, at the token's time; the imprint is SHA-256 (or the hash the token
    names) of ``data``; with ``nonce``, the answer is to that request.

    Raises:
        TimestampError: any of those fails; the message says which.
    """
    parsed = _parsed(response)
    if parsed.status != PKIStatus.GRANTED:
        said = "; ".join(parsed.status_string) or "no reason given"
        raise TimestampError(
            f"the TSA did not grant the time-stamp (status {parsed.status}: {said})"
        )
    if not roots:
        raise TimestampError("no trusted certificate to check the TSA's against")
    builder = VerifierBuilder()
    for root in dict.fromkeys(roots):  # the builder refuses a certificate given twice
        builder = builder.add_root_certificate(root)
    if nonce is not None:
        builder = builder.nonce(nonce)
    try:
        builder.build().verify_message(parsed, data)
    except VerificationError as error:
        raise TimestampError(_why(error)) from None
    except ValueError as error:  # a malformed token the parser let through
        raise TimestampError(f"the token cannot be checked ({error})") from None
    return Token(response, parsed.tst_info.gen_time, tsa_name(parsed))


def read(response: bytes) -> Token:
    """A kept token's time and TSA, without checking it (for showing what is kept).

    Raises:
        TimestampError: it cannot be read as a granted time-stamp.
    """
    parsed = _parsed(response)
    try:
        return Token(response, parsed.tst_info.gen_time, tsa_name(parsed))
    except ValueError as error:  # no token in it (a refusal), or a certificate unreadable
        raise TimestampError(f"the token cannot be read ({error})") from None


def imprint_matches(response: bytes, data: bytes) -> bool:
    """Whether the token's imprint is SHA-256 of ``data`` (the check a pack makes offline
    without the TSA's certificate); False for what is not a token."""
    try:
        imprint = _parsed(response).tst_info.message_imprint.message
    except (TimestampError, ValueError):
        return False
    return imprint == hashlib.sha256(data).digest()
