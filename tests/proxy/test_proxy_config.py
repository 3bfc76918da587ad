"""Config validation: errors name the key, the bad value and the fix; defaults; env overrides."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from policies import Action
from proxy.config import ConfigError, build_config, load_config, parse_size

ROOT = Path(__file__).resolve().parents[2]


def error_of(data: dict, environ: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as exc:
        build_config(data, "permitted.toml", environ or {})
    return str(exc.value)


def test_embedded_defaults() -> None:
    config = load_config(None, environ={})
    assert config.server.listen == "127.0.0.1:2525"
    assert config.store.url == "sqlite:///./permitted.db"
    assert config.upstream.url == "maildir:./outbox"
    assert config.server.max_message_size == 25 * 1024 * 1024
    assert config.policy.mode == "enforce" and config.policy.reject_mode == "smtp"


def test_example_config_is_valid_and_documents_every_key() -> None:
    text = (ROOT / "config.example.toml").read_text()
    config = build_config(tomllib.loads(text), "config.example.toml", environ={})
    assert config.accounts and config.accounts[0].name
    for section in ("server", "store", "upstream", "policy", "metrics", "orders"):
        model = type(getattr(config, section))
        for key in model.model_fields:
            assert f"\n{key} = " in text or f"[{section}.{key}]" in text, f"{section}.{key} undocumented"


@pytest.mark.parametrize(("data", "needles"), [
    ({"server": {"lisen": "x"}}, ["unknown key `server.lisen`"]),
    ({"sever": {}}, ["unknown key `sever`"]),
    ({"server": {"max_message_size": "25 parsecs"}}, ["`server.max_message_size` = '25 parsecs'", '"25MB"']),
    ({"server": {"listen": "localhost:99999"}}, ["`server.listen` = 'localhost:99999'", "host:port"]),
    ({"server": {"tls_cert": "/x.pem"}}, ["tls_key"]),
    ({"upstream": {"url": "http://mail.example"}}, ["`upstream.url` = 'http://mail.example'", "smtp://host:587"]),
    ({"policy": {"mode": "strict"}}, ["`policy.mode` = 'strict'", "enforce", "shadow"]),
    ({"policy": {"actions": {"content.speling": "warn"}}}, ["content.speling", "did you mean 'content.spelling'"]),
    ({"policy": {"actions": {"content.spelling": "maybe"}}}, ["'maybe'", "reject, quarantine, warn, off"]),
    ({"accounts": [{"name": "a", "username": "a", "networks": ["10.0.0.300/8"]}]},
     ["`accounts[0].networks`", "10.0.0.300/8", "CIDR"]),
    ({"accounts": [{"name": "a", "username": "a", "password_hash": "hunter2"}]},
     ["`accounts[0].password_hash`", "permitted hash-password"]),
    ({"accounts": [{"name": "a"}]}, ["`accounts[0].username` is required"]),
    ({"accounts": [{"name": "a", "username": "a"}, {"name": "a", "username": "b"}]}, ["name = 'a'"]),
])
def test_errors_name_key_value_and_fix(data: dict, needles: list[str]) -> None:
    message = error_of(data)
    assert message.startswith("permitted.toml: ")
    for needle in needles:
        assert needle in message, message


def test_env_overrides_secrets() -> None:
    env = {"PERMITTED_UPSTREAM__PASSWORD": "from-env", "PERMITTED_STORE__URL": "postgresql://p@db/permitted"}
    config = build_config({"upstream": {"url": "smtp://mail.example:587", "password": "in-file"}}, environ=env)
    assert config.upstream.password == "from-env"
    assert config.store.url == "postgresql://p@db/permitted"
    assert "from-env" not in repr(config.upstream)
    message = error_of({}, {"PERMITTED_UPSTREAM__PASWORD": "x"})
    assert "unknown key `upstream.pasword`" in message


def test_actions_merge_policy_then_account() -> None:
    config = build_config({
        "policy": {"actions": {"content.spelling": "off", "link.external": "warn"}},
        "accounts": [{"name": "a", "username": "a", "actions": {"link.external": "quarantine"}}],
    }, environ={})
    merged = config.actions_for(config.account("a"))
    assert merged == {"content.spelling": Action.OFF, "link.external": Action.QUARANTINE}


@pytest.mark.parametrize(("text", "size"), [("25MB", 25 * 1024**2), ("512 KiB", 512 * 1024), (1000, 1000), ("1g", 1024**3)])
def test_sizes(text: object, size: int) -> None:
    assert parse_size(text) == size


def test_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path / "nope.toml")
    assert "permitted init" in str(exc.value)
