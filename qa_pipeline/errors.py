"""The project's exception base class; every error we raise on purpose derives from it."""


class QAError(Exception):
    """Base class for errors the pipeline reports to the user as one line."""


class BadInput(QAError):
    """An input file (audio, manifest, labels) cannot be used; the message names it."""


class ConfigError(QAError):
    """The configuration is invalid; the message names the key and the reason."""


class NoSpace(QAError):
    """A disk filled up while writing; the message names what was being written."""


class NotSeparated(QAError):
    """A call has no two speakers told apart by voice (stereo, or not separated): no roles to swap."""
