"""A private time-stamping authority on 127.0.0.1, for tests: a CA made here, a TSA
certificate it issues (extendedKeyUsage timeStamping, critical), and an HTTP server that
answers RFC 3161 requests with tokens that key signs — or, when told, with a fault."""

from __future__ import annotations

import hashlib
import http.server
import itertools
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

FAULTS = ("nonce", "imprint", "signature", "reject", "http500")


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"{common} Ltd"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _usage(*, sign: bool, certs: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=certs,
        crl_sign=certs,
        encipher_only=False,
        decipher_only=False,
    )


class _Refusal(core.Sequence):
    """A TimeStampResp without a token, as RFC 3161 has it (asn1crypto's requires one)."""

    _fields = [("status", tsp.PKIStatusInfo)]  # noqa: RUF012 - asn1crypto's own form


@dataclass
class Authority:
    """A CA and the TSA key and certificate it issued."""

    name: str
    ca_key: ec.EllipticCurvePrivateKey
    ca: x509.Certificate
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @classmethod
    def make(cls, name: str) -> Authority:
        now = datetime.now(UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca = (
            x509.CertificateBuilder()
            .subject_name(_name(f"{name} Root CA"))
            .issuer_name(_name(f"{name} Root CA"))
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(sign=False, certs=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
            .sign(ca_key, hashes.SHA256())
        )
        key = ec.generate_private_key(ec.SECP256R1())
        certificate = (
            x509.CertificateBuilder()
            .subject_name(_name(f"{name} TSA"))
            .issuer_name(ca.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(sign=True, certs=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
            )
            .sign(ca_key, hashes.SHA256())
        )
        return cls(name, ca_key, ca, key, certificate)

    def ca_pem(self, folder: Path) -> Path:
        path = folder / f"{self.name.lower()}-ca.pem"
        path.write_bytes(self.ca.public_bytes(serialization.Encoding.PEM))
        return path


class PrivateTsa:
    """Answers each TimeStampReq as a TSA would; ``fault`` makes the next answers wrong."""

    def __init__(self, authority: Authority) -> None:
        self.authority = authority
        self.fault: str | None = None
        self.embed_ca = False  # carry the CA in the token too, as a forger would his own
        self.requests = 0
        self._serials = itertools.count(1)
        self.clock = lambda: datetime.now(UTC)

    def answer(self, request_der: bytes) -> bytes:
        self.requests += 1
        request = tsp.TimeStampReq.load(request_der)
        if self.fault == "reject":
            return _Refusal(
                {"status": {"status": "rejection", "status_string": ["unaccepted policy"]}}
            ).dump()
        imprint = request["message_imprint"]
        if self.fault == "imprint":
            imprint = tsp.MessageImprint(
                {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": bytes(32)}
            )
        nonce = request["nonce"].native
        if self.fault == "nonce":
            nonce = (nonce or 0) + 1
        info = tsp.TSTInfo(
            {
                "version": "v1",
                "policy": "1.3.6.1.4.1.99999.1",
                "message_imprint": imprint,
                "serial_number": next(self._serials),
                "gen_time": self.clock().replace(microsecond=0),
                "nonce": nonce,
            }
        )
        return tsp.TimeStampResp(
            {"status": {"status": "granted"}, "time_stamp_token": self._signed(info.dump())}
        ).dump()

    def _signed(self, info: bytes) -> cms.ContentInfo:
        der = self.authority.certificate.public_bytes(serialization.Encoding.DER)
        certificate = asn1_x509.Certificate.load(der)
        essid = tsp.ESSCertIDv2(
            {"hash_algorithm": {"algorithm": "sha256"}, "cert_hash": hashlib.sha256(der).digest()}
        )
        attributes = cms.CMSAttributes(
            [
                cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
                cms.CMSAttribute(
                    {"type": "message_digest", "values": [hashlib.sha256(info).digest()]}
                ),
                cms.CMSAttribute(
                    {
                        "type": "signing_certificate_v2",
                        "values": [tsp.SigningCertificateV2({"certs": [essid]})],
                    }
                ),
            ]
        )
        signature = self.authority.key.sign(attributes.dump(), ec.ECDSA(hashes.SHA256()))
        if self.fault == "signature":
            signature = self.authority.ca_key.sign(attributes.dump(), ec.ECDSA(hashes.SHA256()))
        signer = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier(
                    {
                        "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                            {
                                "issuer": certificate.issuer,
                                "serial_number": certificate.serial_number,
                            }
                        )
                    }
                ),
                "digest_algorithm": {"algorithm": "sha256"},
                "signed_attrs": attributes,
                "signature_algorithm": {"algorithm": "sha256_ecdsa"},
                "signature": signature,
            }
        )
        signed = cms.SignedData(
            {
                "version": "v3",
                "digest_algorithms": [{"algorithm": "sha256"}],
                "encap_content_info": {
                    "content_type": "tst_info",
                    "content": core.ParsableOctetString(info),
                },
                "certificates": [certificate, *self._ca_if_embedded()],
                "signer_infos": [signer],
            }
        )
        return cms.ContentInfo({"content_type": "signed_data", "content": signed})

    def _ca_if_embedded(self) -> list[asn1_x509.Certificate]:
        if not self.embed_ca:
            return []
        der = self.authority.ca.public_bytes(serialization.Encoding.DER)
        return [asn1_x509.Certificate.load(der)]


class TsaServer:
    """``tsa`` served over HTTP on 127.0.0.1 (a free port) in a daemon thread."""

    def __init__(self, tsa: PrivateTsa) -> None:
        self.tsa = tsa
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if (
                    outer.tsa.fault == "http500"
                    or self.headers.get("Content-Type") != "application/timestamp-query"
                ):
                    self.send_error(500)
                    return
                answer = outer.tsa.answer(body)
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: pytest shows stderr of failing tests only."""

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsr"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
