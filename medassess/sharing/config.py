"""Site settings for sharing: the MESH mailbox and its credentials, and which payload format each recipient gets.

Settings come from a TOML file (``medassess share --config site.toml``) and from environment variables, which
win over the file so a secret can stay out of it::

    [mesh]
    url = "https://msg.intspineservices.nhs.uk"   # MEDASSESS_MESH_URL
    mailbox = "X26ABC1"                           # MEDASSESS_MESH_MAILBOX
    password = "..."                              # MEDASSESS_MESH_PASSWORD
    shared_key = "..."                            # MEDASSESS_MESH_SHARED_KEY
    cert = "client.pem"                           # MEDASSESS_MESH_CERT  (TLS client certificate)
    key = "client.key"                            # MEDASSESS_MESH_KEY   (its private key)
    ca = "nhs-ca-bundle.pem"                      # MEDASSESS_MESH_CA    (CA bundle to verify the server)
    verify = true                                 # MEDASSESS_MESH_VERIFY
    workflow_id = "MEDASSESS_PMA"                 # MEDASSESS_MESH_WORKFLOW_ID
    timeout = 60                                  # MEDASSESS_MESH_TIMEOUT: seconds per request (0.05-600)
    retries = 0                                   # MEDASSESS_MESH_RETRIES: resends in one share (0-10)
    backoff = 1.0                                 # MEDASSESS_MESH_BACKOFF: seconds before the first (0-300)

    [share]
    default_format = "fhir-json"
    format_by_role = { maternity-unit = "hl7v2" }
    local_receivers = false                       # true only on a test site whose receivers run on localhost

    [gate]                                        # the share gate's settings for this site (each optional;
    min_conclusion_words = 6                      # mappings/share-gate.toml explains each); placeholders
    placeholders = ["see attached"]               # are added to the shipped phrases, never fewer

    [formats.hl7v2]                               # a format's options for every recipient that gets it:
    profile = "hl7v2-site.toml"                   # the HL7 v2 site profile (mappings/hl7v2/README.md)

    [formats.hl7v2.role.maternity-unit]           # a role's own options, over the format's
    profile = "badgernet-oru.toml"

    [ledger]                                      # the sharing ledger every command uses (MEDASSESS_LEDGER
    path = "medassess-ledger.sqlite3"             # wins; default: the per-user data folder)

    [mllp]                                        # every MLLP route (each key optional)
    timeout = 30                                  # seconds for the connection and for each ACK (0.05-600)
    retries = 2                                   # resends in one share when no usable ACK came (0-10)
    backoff = 1.0                                 # seconds before the first resend, doubling (0-300)

    [[mllp.route]]                                # one receiver's own settings, by host and port
    host = "mllp.trust.nhs.uk"
    port = 2575
    timeout = 60                                  # keys it leaves out come from [mllp]

    [[fhir]]                                      # one per FHIR server a recipient's route names
    base_url = "https://maternity.example.nhs.uk/fhir/R4"
    token_url = "https://auth.example.nhs.uk/oauth2/token"   # OAuth 2.0 client credentials (optional)
    client_id = "medassess-y90001"
    client_secret_env = "MATERNITY_FHIR_SECRET"   # or client_secret = "..." in the file
    scope = "system/Bundle.write"
    client_auth = "basic"                         # or "post": the credentials in the form body
    timeout = 30                                  # seconds per request (0.05-600)
    retries = 2                                   # resends in one share after no answer (0-10): safe,
    backoff = 1.0                                 # since a document is a conditional create (0-300 s)

Every transport has a ``timeout``, ``retries`` (how many times one share sends again after an attempt with
no definite answer) and ``backoff`` (seconds before the first resend, doubling), all bounded
(``medassess.transports.bounds.LIMITS``). Resending is safe for FHIR (a conditional create cannot make a second copy),
so ``[[fhir]]`` resends twice by default; an MLLP or MESH resend after a lost answer can be a duplicate (with
the same MSH-10 or local id), so MLLP keeps its long-standing two and MESH none unless the site asks.

An MLLP receiver is matched to a recipient's route by host (without case) and port. A receiver that answers
slowly needs a timeout longer than its answer takes; otherwise each attempt ends without an ACK and the
message is sent again (MLLP is at-least-once), so ``timeout`` is per route and bounded, as are ``retries``
and ``backoff`` (``medassess.transports.mllp.LIMITS``).

A FHIR server is matched to a recipient's route by its base URL, so several servers each carry their own
credentials; ``client_secret_env`` names the environment variable holding that server's secret (it wins
over ``client_secret``), which keeps secrets out of the file without inventing a variable per server.

Every command that judges or writes a record (``validate``, ``export``, ``render``, ``send``, ``share``,
``audit``) reads the same file, from ``--config`` or the ``MEDASSESS_CONFIG`` environment variable, so the
gate judges a record with the same settings whichever command runs it. A format's options (the HL7 v2
profile) are chosen per recipient: its role's own, else the format's, else the format's defaults; each format
reads and checks its own table (``Format.options`` in ``medassess.formats.registry``).

Relative file paths in the TOML file are relative to the file. Password, shared key and client secrets are
held as :class:`Secret`, whose ``repr`` and ``str`` are masked, and no error message ever contains a
setting's value.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from ..core.exceptions import ConfigurationError
from ..core.limits import Limits, read_file
from ..core.secret import Secret
from ..core.toml_errors import load_toml
from ..gate.settings import SITE_KEYS, GateSettings, shipped_settings, site_settings
from ..record.model import RecipientRole
from ..transports.bounds import LIMITS

if TYPE_CHECKING:  # the clients load when a site's settings use them, so validate never loads httpx or MESH's
    from ..transports.fhir_rest import FhirClient
    from ..transports.mesh import MeshSettings

DEFAULT_FORMAT = "fhir-json"
CONFIG_ENV = "MEDASSESS_CONFIG"
"""The environment variable naming the site configuration file when a command is given no ``--config``."""
_SECTIONS = frozenset({"mesh", "share", "fhir", "mllp", "gate", "formats", "ledger"})

_ENV = {
    "url": "MEDASSESS_MESH_URL",
    "mailbox": "MEDASSESS_MESH_MAILBOX",
    "password": "MEDASSESS_MESH_PASSWORD",
    "shared_key": "MEDASSESS_MESH_SHARED_KEY",
    "cert": "MEDASSESS_MESH_CERT",
    "key": "MEDASSESS_MESH_KEY",
    "ca": "MEDASSESS_MESH_CA",
    "verify": "MEDASSESS_MESH_VERIFY",
    "workflow_id": "MEDASSESS_MESH_WORKFLOW_ID",
    "timeout": "MEDASSESS_MESH_TIMEOUT",
    "retries": "MEDASSESS_MESH_RETRIES",
    "backoff": "MEDASSESS_MESH_BACKOFF",
}
_MESH_KEYS = frozenset(_ENV)
_SHARE_KEYS = frozenset({"default_format", "format_by_role", "local_receivers"})
_MLLP_KEYS = frozenset(LIMITS)
_FHIR_KEYS = frozenset(
    {"base_url", "token_url", "client_id", "client_secret", "client_secret_env", "scope", "client_auth"} | set(LIMITS)
)
_PATH_KEYS = ("cert", "key", "ca")
_TRUE, _FALSE = frozenset({"1", "true", "yes", "on"}), frozenset({"0", "false", "no", "off"})


@dataclass(frozen=True)
class ShareSettings:
    """Which payload format a recipient gets when its record entry names none."""

    default_format: str = DEFAULT_FORMAT
    format_by_role: Mapping[str, str] = field(default_factory=dict)
    local_receivers: bool = False
    """A test or training site whose receivers run on this machine: the share gate then accepts routes to
    localhost (MA308). Never set where real records are shared."""

    def format_for(self, role: str, requested: str | None) -> str:
        """The recipient's own format, else the site's format for its role, else the site default."""
        return requested or self.format_by_role.get(role) or self.default_format


@dataclass(frozen=True)
class MllpRouteSettings:
    """How one MLLP route is used: the wait for the connection and for each ACK, resends and back-off."""

    timeout: float = 30.0
    retries: int = 2
    backoff: float = 1.0


@dataclass(frozen=True)
class MllpSettings:
    """The ``[mllp]`` settings for every route, and any route's own (``[[mllp.route]]``), by host and port."""

    default: MllpRouteSettings = MllpRouteSettings()
    routes: Mapping[tuple[str, int], MllpRouteSettings] = field(default_factory=dict)

    def for_route(self, host: str, port: int) -> MllpRouteSettings:
        """The settings for the receiver at ``host:port`` (host compared without case)."""
        return self.routes.get((host.lower(), port), self.default)


@dataclass(frozen=True)
class FhirServerSettings:
    """How to reach one FHIR server that recipients' ``fhir`` routes name, by its base URL."""

    base_url: str
    token_url: str | None = None
    client_id: str | None = None
    client_secret: Secret | None = None
    scope: str | None = None
    client_auth: Literal["basic", "post"] = "basic"
    timeout: float = 30.0
    retries: int = 2
    """Resends of a document within one share after a try with no definite answer: safe, since each is a
    conditional create on the document's identifier."""
    backoff: float = 1.0

    def client(self, **options: Any) -> FhirClient:
        """A :class:`FhirClient` for this server (``options``: ``timeout``, ``transport``)."""
        from ..transports.fhir_rest import FhirClient

        return FhirClient(
            self.base_url,
            token_url=self.token_url,
            client_id=self.client_id,
            client_secret=self.client_secret.reveal() if self.client_secret is not None else None,
            scope=self.scope,
            client_auth=self.client_auth,
            **{"timeout": self.timeout, "retries": self.retries, "backoff": self.backoff, **options},
        )


@dataclass(frozen=True)
class FormatOptions:
    """One format's options from the site configuration (``[formats.<name>]``): for every recipient that gets
    it, and each role's own (``[formats.<name>.role.<role>]``), over them. Values are what the format's own
    ``options`` reader made of the table (the HL7 v2 ``profile`` is a :class:`medassess.SiteProfile`)."""

    common: Mapping[str, Any] = field(default_factory=dict)
    by_role: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def for_role(self, role: str | None) -> dict[str, Any]:
        return {**self.common, **(self.by_role.get(role, {}) if role is not None else {})}


@dataclass(frozen=True)
class SiteConfig:
    """Everything the commands read from the config file and environment."""

    share: ShareSettings
    mesh_values: Mapping[str, Any]
    source: str
    fhir: tuple[FhirServerSettings, ...] = ()
    mllp: MllpSettings = MllpSettings()
    gate: GateSettings = field(default_factory=shipped_settings)
    """The share gate's settings for this site: the shipped ones, with its ``[gate]`` table applied and, on a
    test site (``[share] local_receivers``), routes to this machine accepted."""
    formats: Mapping[str, FormatOptions] = field(default_factory=dict)
    ledger: Path | None = None
    """The sharing ledger's file (``[ledger] path``, relative to the configuration file), when the site names
    one; ``MEDASSESS_LEDGER`` wins over it (``medassess.sharing.ledger.default_ledger_path``)."""

    def format_options(self, format_name: str, role: str | None = None) -> dict[str, Any]:
        """A format's writer options for a recipient of ``role`` (or for no recipient): its role's own, over
        the format's own, from ``[formats.<name>]``; none when the site sets none."""
        chosen = self.formats.get(format_name)
        return chosen.for_role(role) if chosen is not None else {}

    def mesh(self) -> MeshSettings:
        """The MESH settings; ConfigurationError names whatever is missing or malformed."""
        return _mesh_settings(self.mesh_values, self.source)

    def fhir_server(self, base_url: str) -> FhirServerSettings | None:
        """The ``[[fhir]]`` entry for a route's base URL (a trailing ``/`` does not matter), or None."""
        wanted = base_url.rstrip("/")
        return next((server for server in self.fhir if server.base_url == wanted), None)


def site_config(path: str | Path | None = None, *, environ: Mapping[str, str] | None = None) -> SiteConfig:
    """The site configuration for a command: the file at ``path``, else the one ``MEDASSESS_CONFIG`` names,
    else none (shipped settings, and MESH settings from the environment only)."""
    env = os.environ if environ is None else environ
    return load_config(path if path is not None else (env.get(CONFIG_ENV) or None), environ=env)


def load_config(path: str | Path | None = None, *, environ: Mapping[str, str] | None = None) -> SiteConfig:
    """Read the TOML file (when given) and overlay the ``MEDASSESS_MESH_*`` environment variables."""
    env = os.environ if environ is None else environ
    data: dict[str, Any] = {}
    source = "environment"
    if path is not None:
        source = str(path)
        limits = Limits.from_environment(env)
        try:
            text = read_file(path, limits.config_bytes, name="config_bytes", error=ConfigurationError).decode("utf-8")
        except FileNotFoundError:
            raise ConfigurationError("config file not found", source=source) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigurationError(f"cannot read config file ({type(exc).__name__})", source=source) from None
        data = load_toml(text, source=source, error=ConfigurationError, what="a configuration file")
    _refuse_unknown(data, _SECTIONS, source, None, "section")
    mesh = _table(data, "mesh", _MESH_KEYS, source)
    base = Path(path).parent if path is not None else Path.cwd()
    for key in _PATH_KEYS:
        if isinstance(mesh.get(key), str):
            mesh[key] = str(base / mesh[key])
    for key, variable in _ENV.items():
        if env.get(variable):
            mesh[key] = env[variable]
    share = _share_settings(_table(data, "share", _SHARE_KEYS, source), source)
    gate = site_settings(_table(data, "gate", SITE_KEYS, source), source=source)
    return SiteConfig(
        share=share,
        mesh_values=mesh,
        source=source,
        fhir=_fhir_servers(data, env, source),
        mllp=_mllp_settings(data, source),
        gate=dataclasses.replace(gate, local_endpoints=True) if share.local_receivers else gate,
        formats=_format_options(data, base, source),
        ledger=_ledger_path(_table(data, "ledger", frozenset({"path"}), source), base, source),
    )


def _ledger_path(table: Mapping[str, Any], base: Path, source: str) -> Path | None:
    path = table.get("path")
    if path is None:
        return None
    if not isinstance(path, str) or not path.strip():
        raise ConfigurationError("should be the path of the sharing ledger's file", source=source, path="ledger.path")
    return base / path


def _format_options(data: Mapping[str, Any], base: Path, source: str) -> dict[str, FormatOptions]:
    """``[formats.<name>]`` for each registered format, each table read by the format's own ``options``."""
    # Late: a site that sets no format options never loads the registry or a writer.
    from ..formats.registry import FORMATS

    tables = data.get("formats", {})
    if not isinstance(tables, dict):
        raise ConfigurationError("should be a table", source=source, path="formats")
    with_options = frozenset(name for name, fmt in FORMATS.items() if fmt.options)
    _refuse_unknown(tables, with_options, source, "formats", "format that takes options")
    chosen: dict[str, FormatOptions] = {}
    for name, table in tables.items():
        where = f"formats.{name}"
        if not isinstance(table, dict):
            raise ConfigurationError("should be a table", source=source, path=where)
        roles = table.get("role", {})
        if not isinstance(roles, dict) or not all(isinstance(t, dict) for t in roles.values()):
            raise ConfigurationError("should hold a table per role", source=source, path=f"{where}.role")
        _refuse_unknown(roles, frozenset(get_args(RecipientRole)), source, f"{where}.role", "role")
        common = {key: value for key, value in table.items() if key != "role"}
        read = FORMATS[name].read_options
        chosen[name] = FormatOptions(
            common=read(common, base=base, source=source, where=where),
            by_role={
                role: read(own, base=base, source=source, where=f"{where}.role.{role}") for role, own in roles.items()
            },
        )
    return chosen


def _refuse_unknown(
    table: Mapping[str, Any], allowed: frozenset[str], source: str, where: str | None, noun: str = "setting"
) -> None:
    """A table holding a key medassess does not know is refused where it is, naming what is expected and
    never the key read (a mistyped key can be anything, a secret pasted in the wrong place among them)."""
    if set(table) - allowed:
        raise ConfigurationError(
            f"has a {noun} medassess does not know; expected any of {', '.join(sorted(allowed))}",
            source=source,
            path=where,
        )


def _mllp_settings(data: Mapping[str, Any], source: str) -> MllpSettings:
    table = _table(data, "mllp", _MLLP_KEYS | {"route"}, source)
    default = _mllp_route(table, MllpRouteSettings(), source, "mllp")
    routes = table.get("route", [])
    if not isinstance(routes, list):
        raise ConfigurationError("should be an array of tables ([[mllp.route]])", source=source, path="mllp.route")
    by_address: dict[tuple[str, int], MllpRouteSettings] = {}
    for index, route in enumerate(routes):
        where = f"mllp.route[{index}]"
        if not isinstance(route, dict):
            raise ConfigurationError("should be a table", source=source, path=where)
        _refuse_unknown(route, _MLLP_KEYS | {"host", "port"}, source, where)
        host, port = route.get("host"), route.get("port")
        if not isinstance(host, str) or not host.strip():
            raise ConfigurationError(
                "should be the receiver's host name or address", source=source, path=f"{where}.host"
            )
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise ConfigurationError("should be a port from 1 to 65535", source=source, path=f"{where}.port")
        address = (host.strip().lower(), port)
        if address in by_address:
            raise ConfigurationError("this host and port already have settings", source=source, path=where)
        by_address[address] = _mllp_route(route, default, source, where)
    return MllpSettings(default=default, routes=by_address)


def _mllp_route(table: Mapping[str, Any], base: MllpRouteSettings, source: str, where: str) -> MllpRouteSettings:
    values = {
        key: _bounded(table[key], key, "MLLP", source, f"{where}.{key}") for key in sorted(_MLLP_KEYS & set(table))
    }
    return MllpRouteSettings(
        timeout=float(values.get("timeout", base.timeout)),
        retries=int(values.get("retries", base.retries)),
        backoff=float(values.get("backoff", base.backoff)),
    )


def _table(data: Mapping[str, Any], name: str, allowed: frozenset[str], source: str) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ConfigurationError("should be a table", source=source, path=name)
    _refuse_unknown(table, allowed, source, name)
    return dict(table)


def _fhir_servers(data: Mapping[str, Any], env: Mapping[str, str], source: str) -> tuple[FhirServerSettings, ...]:
    tables = data.get("fhir", [])
    if not isinstance(tables, list):
        raise ConfigurationError("should be an array of tables ([[fhir]])", source=source, path="fhir")
    servers: list[FhirServerSettings] = []
    for index, table in enumerate(tables):
        servers.append(_fhir_server(table, env, source, f"fhir[{index}]", servers))
    return tuple(servers)


def _fhir_server(
    table: object, env: Mapping[str, str], source: str, where: str, configured: list[FhirServerSettings]
) -> FhirServerSettings:
    """One ``[[fhir]]`` table, checked, for a server none of the ``configured`` ones has the base URL of."""
    if not isinstance(table, dict):
        raise ConfigurationError("should be a table", source=source, path=where)
    _refuse_unknown(table, _FHIR_KEYS, source, where)
    base_url = _fhir_base_url(table, source, where)
    if any(s.base_url == base_url.rstrip("/") for s in configured):
        raise ConfigurationError("this base URL is already configured", source=source, path=f"{where}.base_url")
    token_url, client_id, secret = _fhir_credentials(table, env, source, where)
    client_auth = table.get("client_auth", "basic")
    if client_auth not in ("basic", "post"):
        raise ConfigurationError('should be "basic" or "post"', source=source, path=f"{where}.client_auth")
    bounded = {
        key: _bounded(table.get(key, default), key, "FHIR", source, f"{where}.{key}")
        for key, default in (("timeout", 30.0), ("retries", 2), ("backoff", 1.0))
    }
    return FhirServerSettings(
        base_url=base_url.rstrip("/"),
        token_url=token_url,
        client_id=client_id,
        client_secret=Secret(secret) if secret is not None else None,
        scope=_fhir_text(table, "scope", source, where),
        client_auth=client_auth,
        timeout=bounded["timeout"],
        retries=int(bounded["retries"]),
        backoff=bounded["backoff"],
    )


def _fhir_text(table: Mapping[str, Any], key: str, source: str, where: str) -> str | None:
    """A text setting of a ``[[fhir]]`` table; None where it is not set."""
    value = table.get(key)
    if value is not None and (not isinstance(value, str) or not value):
        raise ConfigurationError("should be text", source=source, path=f"{where}.{key}")
    return value


def _fhir_base_url(table: Mapping[str, Any], source: str, where: str) -> str:
    """A ``[[fhir]]`` table's base URL, with it and any token URL checked as URLs a client may send to."""
    base_url = _fhir_text(table, "base_url", source, where)
    if base_url is None or not base_url.startswith(("https://", "http://")):
        raise ConfigurationError("should be the server's https:// base URL", source=source, path=f"{where}.base_url")
    for key in ("base_url", "token_url"):
        url = _fhir_text(table, key, source, where)
        if url is not None:
            try:
                _checked_url(url, key)
            except ConfigurationError as exc:  # located in this file, where it can be put right
                raise ConfigurationError(exc.message, source=source, path=f"{where}.{key}") from None
    return base_url


def _fhir_credentials(
    table: Mapping[str, Any], env: Mapping[str, str], source: str, where: str
) -> tuple[str | None, str | None, str | None]:
    """A ``[[fhir]]`` table's token URL, client id and client secret (the named environment variable's, where
    it is set); OAuth 2.0 needs all three or no token URL."""
    secret = _fhir_text(table, "client_secret", source, where)
    variable = _fhir_text(table, "client_secret_env", source, where)
    if variable is not None and env.get(variable):
        secret = env[variable]
    token_url, client_id = _fhir_text(table, "token_url", source, where), _fhir_text(table, "client_id", source, where)
    if token_url is not None and (client_id is None or secret is None):
        missing = (
            "client_id"
            if client_id is None
            else f"client_secret (or the variable {variable})"
            if variable
            else "client_secret"
        )
        raise ConfigurationError(f"OAuth 2.0 client credentials need {missing}", source=source, path=where)
    return token_url, client_id, secret


def _bounded(value: object, name: str, what: str, source: str, path: str) -> float:
    """A timeout, retries or backoff setting (a number, or its text from an environment variable), within
    :data:`~medassess.transports.bounds.LIMITS`."""
    whole = name == "retries"
    kind = "a whole number" if whole else "a number of seconds"
    if isinstance(value, str):
        try:
            value = int(value) if whole else float(value)
        except ValueError:
            raise ConfigurationError(f"should be {kind}", source=source, path=path) from None
    if isinstance(value, bool) or not isinstance(value, int if whole else int | float):
        raise ConfigurationError(f"should be {kind}", source=source, path=path)
    low, high = LIMITS[name]
    if not low <= value <= high:
        raise ConfigurationError(f"{what} {name} must be from {low:g} to {high:g}", source=source, path=path)
    return float(value)


def _share_settings(table: Mapping[str, Any], source: str) -> ShareSettings:
    default = table.get("default_format", DEFAULT_FORMAT)
    by_role = table.get("format_by_role", {})
    if not isinstance(default, str) or not default:
        raise ConfigurationError("should be a format name", source=source, path="share.default_format")
    if not isinstance(by_role, dict) or not all(isinstance(v, str) for v in by_role.values()):
        raise ConfigurationError("should map roles to format names", source=source, path="share.format_by_role")
    local = table.get("local_receivers", False)
    if not isinstance(local, bool):
        raise ConfigurationError("should be true or false", source=source, path="share.local_receivers")
    return ShareSettings(default_format=default, format_by_role=dict(by_role), local_receivers=local)


def _checked_url(url: str, key: str) -> None:
    from ..transports.fhir_rest import checked_url

    checked_url(url, key)


def _mesh_settings(values: Mapping[str, Any], source: str) -> MeshSettings:
    from ..transports.mesh import DEFAULT_WORKFLOW_ID, MeshSettings

    def text(key: str, *, required: bool = True) -> str | None:
        value = values.get(key)
        if value is None or value == "":
            if required:
                raise ConfigurationError(
                    f"MESH setting {key!r} is missing (set it in [mesh] or {_ENV[key]})", source=source
                )
            return None
        if not isinstance(value, str):
            raise ConfigurationError(f"MESH setting {key!r} should be text", source=source, path=f"mesh.{key}")
        return value

    url = text("url")
    assert url is not None  # required
    if not url.startswith(("https://", "http://")):
        raise ConfigurationError("MESH setting 'url' should start with https://", source=source, path="mesh.url")
    cert, key = text("cert", required=False), text("key", required=False)
    if (cert is None) != (key is None):
        raise ConfigurationError("MESH settings 'cert' and 'key' go together: set both or neither", source=source)
    for name, file in (("cert", cert), ("key", key), ("ca", text("ca", required=False))):
        if file is not None and not Path(file).is_file():
            raise ConfigurationError(f"MESH setting {name!r} names a file that does not exist", source=source)
    return MeshSettings(
        url=url.rstrip("/"),
        mailbox=str(text("mailbox")),
        password=Secret(str(text("password"))),
        shared_key=Secret(str(text("shared_key"))),
        cert=(cert, key) if cert is not None and key is not None else None,
        ca=text("ca", required=False),
        verify=_boolean(values.get("verify", True), source),
        workflow_id=text("workflow_id", required=False) or DEFAULT_WORKFLOW_ID,
        timeout=_bounded(values.get("timeout", 60.0), "timeout", "MESH", source, "mesh.timeout"),
        retries=int(_bounded(values.get("retries", 0), "retries", "MESH", source, "mesh.retries")),
        backoff=_bounded(values.get("backoff", 1.0), "backoff", "MESH", source, "mesh.backoff"),
    )


def _boolean(value: object, source: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ConfigurationError("MESH setting 'verify' should be true or false", source=source, path="mesh.verify")
