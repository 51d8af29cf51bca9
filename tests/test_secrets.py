"""The API key through a real keyring backend, without one, from the environment, and
for one session only."""

from __future__ import annotations

import uuid

import pytest
from keyring.backends import fail

from globalai_desktop.api.errors import redact
from globalai_desktop.storage.secrets import (ApiKeyProvider, KeyringStore, KeySource,
                                              SecretStoreError)


def _secret_service_store() -> KeyringStore:
    """A store on the Secret Service under a throw-away service name, or skip."""
    try:
        from keyring.backends.SecretService import Keyring as SecretServiceKeyring
    except Exception as e:  # pragma: no cover - secretstorage missing
        pytest.skip(f"SecretService backend unavailable: {e}")
    backend = SecretServiceKeyring()
    store = KeyringStore(backend, service=f"GlobalAI Desktop test {uuid.uuid4().hex[:8]}")
    info = store.info()
    if not info.usable:
        pytest.skip(f"no reachable Secret Service ({info.reason}); run tests/run.sh")
    return store


@pytest.mark.keyring_real
def test_key_saved_and_read_back_through_the_real_keyring():
    store = _secret_service_store()
    key = "sk-real-keyring-" + uuid.uuid4().hex
    try:
        provider = ApiKeyProvider(store, environ={})
        assert provider.load().usable
        assert provider.source is KeySource.NONE
        assert provider.save(key, remember=True) is KeySource.KEYRING

        # A new app start: a fresh provider on a fresh store object finds the key.
        again = ApiKeyProvider(KeyringStore(type(store.backend)(), service=store.service),
                               environ={})
        info = again.load()
        assert "SecretService" in info.name
        assert again() == key and again.source is KeySource.KEYRING

        again.forget()
        third = ApiKeyProvider(KeyringStore(type(store.backend)(), service=store.service),
                               environ={})
        third.load()
        assert third() is None
    finally:
        try:
            store.delete()
        except SecretStoreError:
            pass


def test_no_usable_backend_is_said_plainly_and_the_session_key_still_works():
    provider = ApiKeyProvider(KeyringStore(fail.Keyring()), environ={})
    info = provider.load()
    assert not info.usable
    assert "no keyring" in info.reason.lower()
    with pytest.raises(SecretStoreError, match="cannot be used"):
        provider.save("sk-session-only-123456", remember=True)
    assert provider() is None                                # a failed save changes nothing

    assert provider.save("sk-session-only-123456", remember=False) is KeySource.SESSION
    assert provider() == "sk-session-only-123456"
    assert provider.source is KeySource.SESSION
    provider.forget()                                         # no keyring to touch: no error
    assert provider() is None


def test_plain_file_backends_are_refused():
    class PlaintextKeyring:       # the shape of keyrings.alt.file.PlaintextKeyring
        __module__ = "keyrings.alt.file"
        name = "keyrings.alt Plaintext"
        priority = 0.5

        def get_password(self, *a):
            raise AssertionError("must not be used")

    info = KeyringStore(PlaintextKeyring()).info()
    assert not info.usable and "plain file" in info.reason


def test_environment_key_wins_and_is_masked_everywhere():
    env_key = "sk-from-env-" + uuid.uuid4().hex
    provider = ApiKeyProvider(KeyringStore(fail.Keyring()),
                              environ={"GLOBALAIOPC_API_KEY": env_key})
    provider.load()
    provider.save("sk-typed-in-session-000", remember=False)
    assert provider() == env_key and provider.source is KeySource.ENV
    assert env_key not in redact(f"Authorization: {env_key}")


def test_demo_key_never_touches_the_keyring():
    class Untouchable:
        __module__ = "tests.untouchable"
        name = "untouchable"

        def __getattr__(self, name):
            raise AssertionError(f"keyring used in demo mode: {name}")

    provider = ApiKeyProvider(KeyringStore(Untouchable()), environ={}, demo_key="sk-demo-1234")
    provider.load()
    assert provider() == "sk-demo-1234" and provider.source is KeySource.DEMO


def test_keyring_errors_never_carry_the_key():
    class Broken:
        __module__ = "tests.broken"
        name = "broken"
        priority = 1

        def get_password(self, service, account):
            return None

        def set_password(self, service, account, password):
            raise RuntimeError(f"D-Bus said no to {password}")

    key = "sk-broken-backend-" + uuid.uuid4().hex
    with pytest.raises(SecretStoreError) as err:
        KeyringStore(Broken()).write(key)
    assert key not in str(err.value) and "D-Bus said no" in str(err.value)
